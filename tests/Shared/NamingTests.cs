using System.Reflection;
using System.Text.RegularExpressions;

namespace Review.Tests.Shared;

/// <summary>
/// Every test in the assembly that links this file is named as a sentence
/// (<c>Export_refuses_the_database_itself</c>), so the list of failures reads as what broke.
/// Editorconfig's naming rules cannot tell a test method from any other public method, so this
/// checks it instead.
/// </summary>
public sealed partial class NamingTests
{
    [Fact]
    public void Test_names_are_sentences()
    {
        var misnamed = typeof(NamingTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Where(m => !Sentence().IsMatch(m.Name))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(misnamed);
    }

    // First word capitalised, then words joined by underscores; acronyms and numbers may keep their case.
    [GeneratedRegex("^[A-Z][a-z0-9]*(_[A-Za-z0-9]+)+$")]
    private static partial Regex Sentence();
}
