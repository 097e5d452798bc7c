using System.Diagnostics;
using System.Text;

namespace Review.Core.Tests.Formats;

/// <summary>
/// Reads a TMX or XLIFF 1.2 file with translate-toolkit's own reader (Debian package translate-toolkit, which CI
/// installs) and returns each unit's source and target, so our TMX is checked by an independent parser.
/// </summary>
internal static class TranslateToolkit
{
    private const string Script = """
        import json, sys
        from translate.storage import tmx
        store = tmx.tmxfile.parsefile(sys.argv[1])
        units = [u for u in store.units if not u.isheader()]
        json.dump([[u.source, u.target] for u in units], sys.stdout, ensure_ascii=True)
        """;

    private const string XliffScript = """
        import json, sys
        from translate.storage import xliff
        store = xliff.xlifffile.parsefile(sys.argv[1])
        units = [u for u in store.units if not u.isheader()]
        json.dump([[u.getid(), u.source, u.target or "", u.isapproved()] for u in units], sys.stdout, ensure_ascii=True)
        """;

    public static List<(string Source, string Target)> ReadTmx(string path) =>
        Run(Script, path).Select(u => (u[0].GetString()!, u[1].GetString()!)).ToList();

    /// <summary>Each trans-unit's id, source and target as plain text (translate-toolkit's <c>rich_source</c> flattened), and whether it is approved.</summary>
    public static List<(string Id, string Source, string Target, bool Approved)> ReadXliff(string path) =>
        Run(XliffScript, path).Select(u => (u[0].GetString()!, u[1].GetString()!, u[2].GetString()!, u[3].GetBoolean())).ToList();

    private static System.Text.Json.JsonElement[][] Run(string script, string path)
    {
        var start = new ProcessStartInfo(PythonWithToolkit(), ["-c", script, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"translate-toolkit could not read {path}: {error}");
        return System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement[][]>(output)!;
    }

    /// <summary>Debian's python3 has the module; a pyenv or venv python earlier on PATH may not.</summary>
    internal static string PythonWithToolkit()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import translate.storage.tmx"]) { RedirectStandardError = true })!;
                probe.WaitForExit();
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under this name; try the next.
            }
        }
        Assert.Fail("translate-toolkit is not installed: apt-get install -y translate-toolkit");
        return "";
    }
}
