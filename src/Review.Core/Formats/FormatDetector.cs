using System.Text;

namespace Review.Core.Formats;

/// <summary>
/// Groups the files given to <c>review import</c> into inputs. A known extension decides (see
/// <see cref="Extensions"/>); otherwise the content does (<see cref="ContentSniffer"/>); remaining
/// plain-text files are taken two by two as Moses source and target, and a single leftover file
/// with a tab or comma in its first line is TSV or CSV. A file whose content contradicts its
/// extension or the given <c>--format</c> is refused with the format it looks like, so that no
/// file is read as something it is not.
/// </summary>
public static class FormatDetector
{
    private static readonly Dictionary<string, PairFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = PairFormat.Jsonl,
        [".ndjson"] = PairFormat.Jsonl,
        [".json"] = PairFormat.Jsonl,
        [".csv"] = PairFormat.Csv,
        [".tsv"] = PairFormat.Tsv,
        [".tab"] = PairFormat.Tsv,
        [".tmx"] = PairFormat.Tmx,
        [".xlf"] = PairFormat.Xliff,
        [".xliff"] = PairFormat.Xliff,
        [".litedb"] = PairFormat.Litedb,
        [".po"] = PairFormat.Po,
        [".pot"] = PairFormat.Po,
    };

    public static IReadOnlyList<ImportInput> Plan(IReadOnlyList<string> paths, PairFormat? given)
    {
        if (given is { } format)
        {
            foreach (var path in paths)
            {
                Verify(path, format, Sniff(path));
            }
            return format == PairFormat.Moses ? PairUp(paths) : paths.Select(p => new ImportInput(format, [p])).ToList();
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

    /// <summary>
    /// The format a single file announces by extension or first bytes, or null for plain text;
    /// an <see cref="InputException"/> when the content is XML of no known kind or contradicts the extension.
    /// </summary>
    public static PairFormat? Detect(string path)
    {
        var content = Sniff(path);
        if (Extensions.TryGetValue(Path.GetExtension(path), out var byExtension))
        {
            Verify(path, byExtension, content);
            return byExtension;
        }
        if (content.Format is null && content.Root is not null)
        {
            throw new InputException(path, null, $"not a format review reads: {content.Evidence}; review reads {Known()}");
        }
        return content.Format;
    }

    /// <summary>Refuses a file whose content is plainly another format than <paramref name="format"/>.</summary>
    private static void Verify(string path, PairFormat format, ContentEvidence content)
    {
        if (content.Format == format)
        {
            return;
        }
        var refuse = format switch
        {
            _ when ContentSniffer.XmlFormats.Contains(format) || format == PairFormat.Po => true,
            PairFormat.Jsonl => content.Format is not null || content.Root is not null,
            _ => content.Format is not null and not PairFormat.Jsonl,
        };
        if (!refuse)
        {
            return;
        }
        var hint = content.Format is { } seen ? $"; try --format {PairFormats.Of(seen)}" : $"; review reads {Known()}";
        throw new InputException(path, null, $"not a {Name(format)} file: {content.Evidence}{hint}");
    }

    private static string Name(PairFormat format) => format switch
    {
        PairFormat.Moses => "Moses",
        _ => PairFormats.Of(format).ToUpperInvariant(),
    };

    private static string Known() => string.Join(", ", Enum.GetValues<PairFormat>().Select(PairFormats.Of));

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
                $"cannot tell the format (a Moses corpus needs two files, source then target); pass --format {Known().Replace(", ", "|", StringComparison.Ordinal)}");
        }
        var inputs = new List<ImportInput>();
        for (var i = 0; i < files.Count; i += 2)
        {
            inputs.Add(new ImportInput(PairFormat.Moses, [files[i], files[i + 1]]));
        }
        return inputs;
    }

    private static ContentEvidence Sniff(string path) => ContentSniffer.Sniff(Head(path));

    private static byte[] Head(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[ContentSniffer.HeadBytes];
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
