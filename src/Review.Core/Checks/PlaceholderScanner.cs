using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Review.Core.Checks;

/// <summary>
/// Finds the placeholders of a text by family (<see cref="PlaceholderFamily"/>), outside math and
/// URLs. A printf conversion with flags glued to a word (<c>99% of</c>, <c>%-encoding</c>) is prose,
/// not a placeholder; <c>%%</c> is a literal percent sign. Names are ASCII, so the Korean particle
/// of <c>$name을</c> is not part of the name; an all-capitals <c>{INTEGER}</c> is a metavariable of
/// help text, and <c>$n</c> of <c>$1...$n</c> a letter, not variables. One regular expression
/// pass, linear in the text.
/// </summary>
public static partial class PlaceholderScanner
{
    private static readonly SearchValues<char> Starts = SearchValues.Create("%{$#");

    /// <summary>The placeholders in text order, or an empty list.</summary>
    public static IReadOnlyList<Placeholder> Find(string text, IReadOnlyList<TextSpan> math, IReadOnlyList<TextSpan> urls)
    {
        if (text.AsSpan().IndexOfAny(Starts) < 0)
        {
            return [];
        }

        List<Placeholder>? found = null;
        foreach (Match match in Pattern().Matches(text))
        {
            if (SortedSpans.Covers(math, match.Index) || SortedSpans.Covers(urls, match.Index) || Read(text, match) is not { } placeholder)
            {
                continue;
            }

            (found ??= []).Add(placeholder);
        }

        return found is null ? [] : found;
    }

    /// <summary>True when the text is a strftime date format (<c>%H:%M</c>, <c>%Y</c>): its fields
    /// are localized freely, so they are not compared.</summary>
    public static bool IsDateFormat(string text) => text.Contains('%') && DatePattern().IsMatch(text);

    private static Placeholder? Read(string text, Match match)
    {
        var span = new TextSpan(match.Index, match.Length);
        var groups = match.Groups;
        if (groups["escape"].Success)
        {
            // %%s survives one printf as %s for a second (git formats some messages twice).
            var end = match.Index + 2;
            return end < text.Length && text[end] is 's' or 'd'
                ? new Placeholder(PlaceholderFamily.Printf, new TextSpan(match.Index, 3), "%%" + text[end], "directive", [])
                : null;
        }

        if (groups["pyname"].Success)
        {
            return new Placeholder(PlaceholderFamily.PythonNamed, span, groups["pyname"].Value, PrintfType("", groups["pyconv"].Value), []);
        }

        if (groups["conv"].Success || groups["macro"].Success)
        {
            return Printf(text, match, span);
        }

        if (groups["qt"].Success)
        {
            return new Placeholder(PlaceholderFamily.Qt, span, groups["qt"].Value, "", []);
        }

        if (groups["brace"].Success)
        {
            if (IsMetavariable(groups["brace"].Value))
            {
                return null;
            }

            // {{0}} is an escaped brace; \textbf{word} is TeX, not a field.
            var escaped = (match.Index > 0 && (text[match.Index - 1] is '{' or '$' or '#' || char.IsAsciiLetter(text[match.Index - 1]))) || (match.Index + match.Length < text.Length && text[match.Index + match.Length] == '}');
            return escaped ? null : new Placeholder(PlaceholderFamily.Brace, span, groups["brace"].Value, "", []);
        }

        if (groups["other"].Success)
        {
            return new Placeholder(PlaceholderFamily.Printf, span, "%" + groups["other"].Value, "directive", []);
        }

        return new Placeholder(PlaceholderFamily.Variable, span, groups["var"].Value, "", []);
    }

    private static Placeholder? Printf(string text, Match match, TextSpan span)
    {
        var groups = match.Groups;
        var end = match.Index + match.Length;
        if (IsGluedToWord(text, end, groups["flags"].Value, groups["width"].Length + groups["prec"].Length > 0) && !groups["macro"].Success)
        {
            return null;
        }

        var type = groups["macro"].Success ? MacroType(groups["macro"].Value) : PrintfType(groups["len"].Value, groups["conv"].Value);
        var position = groups["pos"].Success ? int.Parse(groups["pos"].Value, CultureInfo.InvariantCulture) : 0;
        var arguments = new List<(int, string)>(3);
        AddStar(groups["width"].Value, arguments);
        AddStar(groups["prec"].Value, arguments);
        if (type != "none")
        {
            arguments.Add((position, type));
        }

        return new Placeholder(PlaceholderFamily.Printf, span, position > 0 ? groups["pos"].Value : null, type, arguments);
    }

    /// <summary><c>99% of</c> and <c>%-encoding</c>: a space flag, or a bare sign flag, before a
    /// conversion letter that runs on into a word.</summary>
    private static bool IsGluedToWord(string text, int end, string flags, bool sized) =>
        end < text.Length && char.IsAsciiLetter(text[end]) && (flags.Contains(' ') || (flags.Length > 0 && !sized));

    private static bool IsMetavariable(string name) =>
        name.Length > 1 && name.All(c => char.IsAsciiLetterUpper(c) || c == '_') && name.Any(char.IsAsciiLetter);

    private static void AddStar(string spec, List<(int, string)> arguments)
    {
        if (spec.StartsWith('*'))
        {
            arguments.Add((spec.Length > 1 ? int.Parse(spec.AsSpan(1, spec.Length - 2), CultureInfo.InvariantCulture) : 0, "int"));
        }
    }

    /// <summary>The C type a conversion reads: what must stay the same for the call not to crash.
    /// Signed and unsigned of one size are the same argument.</summary>
    private static string PrintfType(string length, string conversion) => conversion switch
    {
        "d" or "i" or "o" or "u" or "x" or "X" => length + "int",
        "e" or "E" or "f" or "F" or "g" or "G" or "a" or "A" => length == "L" ? "long double" : "double",
        "c" => length + "char",
        "s" or "r" => length + "string",
        "p" => "pointer",
        "n" => length + "int*",
        "m" => "none",
        _ => conversion,
    };

    private static string MacroType(string macro) => "int:" + macro[4..];


    // Alternatives, first match wins: %% ; Python %(name)s ; C printf with %n$, flags, width and
    // precision (* or *m$), length and conversion, or a <PRIdMAX> macro ; Qt %1 ; a bare %letter
    // directive (stat, date and find formats in help text) ; {0}, {name}, {0,-10:N2}, {0:>10} ;
    // ${...}, #{...}, $VAR.
    [GeneratedRegex(
        @"(?<escape>%%)"
        + @"|%\((?<pyname>[A-Za-z_][A-Za-z0-9_]*)\)[-+ 0#]*\d*(?:\.\d+)?(?<pyconv>[diouxXeEfFgGcrsa])"
        + @"|%(?:(?<pos>[1-9]\d*)\$)?(?<flags>[-+ 0#']*)(?<width>\*(?:[1-9]\d*\$)?|[1-9]\d*)?(?:\.(?<prec>\*(?:[1-9]\d*\$)?|\d*))?"
        + @"(?:(?<len>hh|h|ll|l|j|z|t|L|q)?(?<conv>[diouxXeEfFgGaAcspnm])|<(?<macro>PRI[diouxX][A-Za-z0-9]*)>)"
        + @"|%(?<qt>[1-9]\d?)(?![\d$])"
        + @"|%(?<other>[A-Za-z])(?![A-Za-z])"
        + @"|\{(?<brace>\d+|[A-Za-z_][A-Za-z0-9_]*)(?:\[[A-Za-z0-9_]*\]|\.[A-Za-z_][A-Za-z0-9_]*)*(?:,\s*-?\d+)?(?:[:!][^{}\s]*)?\}"
        + @"|[$#]\{(?<var>[A-Za-z_][A-Za-z0-9_.]*)(?:[:#%/^,@-][^{}\s]*)?\}|\$(?<var>[A-Za-z_][A-Za-z0-9_]+|_)")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"%[-_0^#]?[HMYyIjZk]")]
    private static partial Regex DatePattern();
}
