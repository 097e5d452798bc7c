using System.Diagnostics;
using System.Text;

namespace Review.Core.Tests.Formats;

/// <summary>
/// GNU gettext (msgcat, msgfmt) and translate-toolkit's PO reader, run on the files review writes,
/// so that PO output is judged by the tools that will consume it (Debian packages gettext and translate-toolkit).
/// </summary>
internal static class PoPeers
{
    private const string ToolkitScript = """
        import json, sys
        from translate.storage import po
        store = po.pofile.parsefile(sys.argv[1])
        units = [u for u in store.units if not u.isheader() and not u.isobsolete()]
        json.dump([[u.getcontext(), str(u.source), str(u.target), u.isfuzzy()] for u in units], sys.stdout, ensure_ascii=True)
        """;

    public static string Data(string name) => Path.Combine(Encodings.RepoFiles.Root, "tests", "Review.Core.Tests", "Formats", "Po", name);

    /// <summary>The file as msgcat writes it: gettext's normal form, in which two equal catalogs are equal bytes.</summary>
    public static string Msgcat(string path, bool toUtf8 = false) => Run("msgcat", toUtf8 ? ["--to-code=UTF-8", path] : [path]).Output;

    /// <summary>Asserts that <c>msgfmt -c --check-format</c> accepts the file.</summary>
    public static void AssertMsgfmtAccepts(string path)
    {
        var (code, _, error) = Run("msgfmt", ["-c", "--check-format", "-o", "/dev/null", path], check: false);
        Assert.True(code == 0, $"msgfmt -c refused {path}: {error}");
    }

    /// <summary>Each unit as translate-toolkit reads it: (context, source, target, fuzzy).</summary>
    public static List<(string Context, string Source, string Target, bool Fuzzy)> ReadWithToolkit(string path)
    {
        var (_, output, _) = Run(TranslateToolkit.PythonWithToolkit(), ["-c", ToolkitScript, path]);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select(u => (u[0].GetString() ?? "", u[1].GetString()!, u[2].GetString()!, u[3].GetBoolean()))
            .ToList();
    }

    private static (int Code, string Output, string Error) Run(string program, string[] arguments, bool check = true)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(!check || process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {error}");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error);
    }
}
