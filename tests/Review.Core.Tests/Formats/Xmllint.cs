using System.Diagnostics;

namespace Review.Core.Tests.Formats;

/// <summary>Validates a file against an XSD of Formats/Data/xliff-schemas with libxml2's xmllint (Debian package libxml2-utils).</summary>
internal static class Xmllint
{
    public const string Xliff12 = "xliff-core-1.2-transitional.xsd";
    public const string Xliff20 = "xliff-core-2.0.xsd";

    public static void AssertValid(string path, string schema)
    {
        var start = new ProcessStartInfo("xmllint", ["--noout", "--nonet", "--schema", DataFiles.Path(Path.Combine("xliff-schemas", schema)), path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var xmllint = Process.Start(start)!;
        var error = xmllint.StandardError.ReadToEnd();
        xmllint.StandardOutput.ReadToEnd();
        xmllint.WaitForExit();
        Assert.True(xmllint.ExitCode == 0, $"xmllint rejects {path} against {schema}: {error}");
    }
}
