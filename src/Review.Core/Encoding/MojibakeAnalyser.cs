using System.Text;

namespace Review.Core.Encodings;

/// <summary>Weighs how well each code page explains a text as misread UTF-8.</summary>
internal static class MojibakeAnalyser
{
    public static TextEvidence Analyse(string text, CodePage page, IReadOnlySet<ScriptClass>? contextScripts = null)
    {
        var (mapped, foreignCount) = CountMappable(text, page);
        if (foreignCount > 2 * mapped)
        {
            // Most non-ASCII characters are outside this code page: it cannot be how the text was made.
            return new TextEvidence(page, 0, 0, 0, foreignCount, false);
        }

        var body = text.TrimEnd('\uFFFD');
        var cut = body.Length < text.Length;
        var segments = SegmentParser.Parse(body, page);
        var scripts = ScriptsOf(segments, contextScripts);
        int complete = 0, repairable = 0, broken = 0, foreign = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (segment.Kind)
            {
                case SegmentKind.Complete:
                    complete++;
                    break;
                case SegmentKind.Literal:
                    foreign += CountForeign(body.AsSpan(segment.Start, segment.Length));
                    break;
                case SegmentKind.Incomplete when cut && i == segments.Count - 1:
                    break;
                case SegmentKind.Incomplete when Candidates(segment, page, scripts).Count > 0:
                    repairable++;
                    break;
                default:
                    broken++;
                    break;
            }
        }

        return new TextEvidence(page, complete, repairable, broken, foreign, repairable == 0 && broken == 0);
    }

    public static HashSet<ScriptClass> ScriptsOf(List<GarbledSegment> segments, IReadOnlySet<ScriptClass>? contextScripts)
    {
        var scripts = contextScripts is null ? new HashSet<ScriptClass>() : new HashSet<ScriptClass>(contextScripts);
        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Complete)
            {
                scripts.Add(ScriptClassifier.Classify(segment.Rune));
            }
        }

        if (scripts.Count > 0)
        {
            scripts.Add(ScriptClass.Punctuation);
        }

        scripts.Remove(ScriptClass.Other);
        return scripts;
    }

    /// <summary>Candidates for an incomplete sequence whose script already occurs intact in the text.</summary>
    public static List<Rune> Candidates(GarbledSegment segment, CodePage page, IReadOnlySet<ScriptClass> scripts) =>
        CandidateCache.For(segment, page)
            .Where(rune => scripts.Contains(ScriptClassifier.Classify(rune)))
            .ToList();

    /// <summary>Decodes a text that lost no bytes; null if any sequence is incomplete.</summary>
    public static string? DecodeLossless(string text, CodePage page)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var segment in SegmentParser.Parse(text, page))
        {
            if (segment.Kind == SegmentKind.Incomplete)
            {
                return null;
            }

            if (segment.Kind == SegmentKind.Literal)
            {
                builder.Append(text, segment.Start, segment.Length);
            }
            else
            {
                builder.Append(segment.Rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static (int Mapped, int Foreign) CountMappable(string text, CodePage page)
    {
        int mapped = 0, foreign = 0;
        foreach (var c in text)
        {
            if (c < 0x80 || c == '\uFFFD')
            {
                continue;
            }

            if (page.TryGetByte(c, out _))
            {
                mapped++;
            }
            else
            {
                foreign++;
            }
        }

        return (mapped, foreign);
    }

    private static int CountForeign(ReadOnlySpan<char> literal)
    {
        var count = 0;
        foreach (var c in literal)
        {
            if (c >= 0x80 && c != '\uFFFD')
            {
                count++;
            }
        }

        return count;
    }
}
