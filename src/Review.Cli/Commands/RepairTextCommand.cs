using System.CommandLine;
using System.Text;
using System.Text.Json;
using Review.Core.Encodings;

namespace Review.Cli.Commands;

/// <summary>
/// <c>review repair-text</c>: a filter that repairs mojibake line by line, one output line per input
/// line, flushing as it goes so it works in pipelines. Genuine text passes through unchanged.
/// </summary>
internal static class RepairTextCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "How the text was garbled: auto (detect per line), or a code page such as windows-874, windows-1252, latin-1, windows-1250, windows-1251; add x2 for double encoding (windows-1252x2)",
            DefaultValueFactory = _ => "auto",
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per line: text, encoding, truncated, guesses (offsets and alternatives)" };
        var command = new Command("repair-text", "Repair UTF-8 text that was decoded with a legacy code page: reads lines on stdin, writes repaired lines on stdout");
        command.Options.Add(from);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(from) ?? "auto";
            GarbleScheme? scheme = null;
            if (!name.Equals("auto", StringComparison.OrdinalIgnoreCase) && (scheme = GarbleScheme.Parse(name)) is null)
            {
                var known = string.Join(", ", CodePage.All.Select(p => p.Name.ToLowerInvariant()));
                Console.Error.WriteLine($"review repair-text: unknown code page '{Sanitizer.ToDisplayString(name)}' (known: auto, {known})");
                return 2;
            }

            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
            Run(input, output, scheme, parseResult.GetValue(json), escapeControls: !Console.IsOutputRedirected);
            return 0;
        });
        return command;
    }

    /// <summary>Repairs every line of <paramref name="input"/>; a null <paramref name="scheme"/> detects per line.</summary>
    internal static void Run(TextReader input, TextWriter output, GarbleScheme? scheme, bool json, bool escapeControls)
    {
        var detector = new StreamDetector();
        var repairers = new Dictionary<GarbleScheme, MojibakeRepairer>();
        while (input.ReadLine() is { } line)
        {
            var lineScheme = scheme ?? detector.Next(line);
            var result = lineScheme is null
                ? RepairResult.Unchanged(line)
                : Repairer(repairers, lineScheme).Repair(line);
            output.WriteLine(json ? ToJson(result) : escapeControls ? EscapeControls(result.Text) : result.Text);
            output.Flush();
        }
    }

    private static MojibakeRepairer Repairer(Dictionary<GarbleScheme, MojibakeRepairer> repairers, GarbleScheme scheme)
    {
        if (!repairers.TryGetValue(scheme, out var repairer))
        {
            repairers[scheme] = repairer = new MojibakeRepairer(scheme);
        }

        return repairer;
    }

    private static string ToJson(RepairResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, RepairJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("text", result.Text);
            RepairJson.WriteBody(writer, result);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>On a terminal, control characters from the data are shown as escapes rather than obeyed.</summary>
    private static string EscapeControls(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) && c != '\t' ? $"\\x{(int)c:x2}" : c);
        }

        return builder.ToString();
    }
}
