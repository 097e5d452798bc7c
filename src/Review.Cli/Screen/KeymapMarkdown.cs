using System.Text;

namespace Review.Cli.Screen;

/// <summary>The keymap as a Markdown table for the README, so the documented keys are the bound ones.</summary>
public static class KeymapMarkdown
{
    public static string Table(Keymap keymap)
    {
        var text = new StringBuilder();
        text.AppendLine("| Keys | What they do | Group |");
        text.AppendLine("|---|---|---|");
        foreach (var binding in keymap.Bindings)
        {
            var keys = string.Join(", ", binding.Chords.Select(c => $"`{Escape(c.Label)}`"));
            text.AppendLine($"| {keys} | {Escape(binding.Help)} | {binding.Group} |");
        }
        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
