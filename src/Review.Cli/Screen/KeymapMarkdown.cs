using System.Globalization;
using System.Text;

namespace Review.Cli.Screen;

/// <summary>
/// The keymap as Markdown (docs/keys.md), so the documented keys are the bound ones: one table
/// per group, every mode. A test fails when the committed page differs from this output.
/// </summary>
public static class KeymapMarkdown
{
    public static string Table(Keymap keymap)
    {
        var text = new StringBuilder();
        text.AppendLine("| Keys | What they do | Mode | Action (keys.toml) | Group |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var binding in keymap.Bindings)
        {
            var keys = binding.Chords.Count == 0 ? "(unbound)" : string.Join(", ", binding.Chords.Select(c => $"`{Escape(c.Label)}`"));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {keys} | {Escape(binding.Help)} | {KeyNames.Of(binding.Mode)} | `{binding.Name}` | {binding.Group} |");
        }
        return text.ToString();
    }

    /// <summary>docs/keys.md: how rebinding works, then the generated table.</summary>
    public static string Page(Keymap keymap) => KeysPage.Intro + Table(keymap);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
