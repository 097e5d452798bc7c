using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// Groups the files given to <c>review import</c> into inputs. A known extension decides
/// (.jsonl .ndjson .csv .tsv .tmx); otherwise the content does (<c>{</c> is JSONL, <c>&lt;</c> is TMX);
/// remaining plain-text files are taken two by two as Moses source and target, and a single
/// leftover file with a tab or comma in its first line is TSV or CSV.
/// </summary>
public static class FormatDetector
{
    public static IReadOnlyList<ImportInput> Plan(IReadOnlyList<string> paths, PairFormat? given)
    {
        if (given == PairFormat.Moses)
        {
            return PairUp(paths);
        }
        if (given is { } format)
        {
            return paths.Select(p => new ImportInput(format, [p])).ToList();
        }
        var inputs = new List<ImportInput>();
        var plain = new List<string>();
        foreach (var path in paths)
        {
            if (Detect(path) is { } detected)
            {
                inputs.Add(new ImportInput(detected, [path]));
            }
            else
            {
                plain.Add(path);
            }
        }
        if (plain.Count == 1 && FromFirstLine(plain[0]) is { } tabular)
        {
            inputs.Add(new ImportInput(tabular, plain));
            return inputs;
        }
        inputs.AddRange(PairUp(plain));
        return inputs;
    }

    /// <summary>The format a single file announces by extension or first bytes, or null for plain text.</summary>
    public static PairFormat? Detect(string path)
    {
        var byExtension = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" or ".json" => PairFormat.Jsonl,
            ".csv" => PairFormat.Csv,
            ".tsv" or ".tab" => PairFormat.Tsv,
            ".tmx" => PairFormat.Tmx,
            ".xlf" or ".xliff" => PairFormat.Xliff,
            ".litedb" => PairFormat.Litedb,
            _ => (PairFormat?)null,
        };
        return byExtension ?? FromContent(Head(path));
    }

    private static PairFormat? FromContent(byte[] head)
    {
        if (LiteDbFields.IsLiteDb(head))
        {
            return PairFormat.Litedb;
        }
        if (head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return PairFormat.Tmx;
        }
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') ? PairFormat.Jsonl : text.StartsWith('<') ? XmlRootSniffer.Format(text) : null;
    }

    private static PairFormat? FromFirstLine(string path)
    {
        var firstLine = Encoding.UTF8.GetString(Head(path)).Split('\n')[0];
        return firstLine.Contains('\t') ? PairFormat.Tsv : firstLine.Contains(',') ? PairFormat.Csv : null;
    }

    private static List<ImportInput> PairUp(IReadOnlyList<string> files)
    {
        if (files.Count % 2 != 0)
        {
            throw new InputException(
                files[^1],
                null,
                "cannot tell the format (a Moses corpus needs two files, source then target); pass --format");
        }
        var inputs = new List<ImportInput>();
        for (var i = 0; i < files.Count; i += 2)
        {
            inputs.Add(new ImportInput(PairFormat.Moses, [files[i], files[i + 1]]));
        }
        return inputs;
    }

    private static byte[] Head(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[4096];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer[..read];
        }
        catch (IOException e)
        {
            throw new InputException(path, null, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(path, null, e.Message);
        }
    }
}
