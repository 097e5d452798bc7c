using System.Buffers;

namespace Review.Core.Checks;

/// <summary>
/// <c>control</c>: control characters (C0, DEL, C1), bidi controls and invisible format characters
/// (zero-width space, word joiner, BOM, soft hyphen) in source or target; and tabs or line breaks
/// in the target that the source does not have. The target's fix removes the characters the
/// source does not contain. For software strings (<paramref name="software"/>) a help text
/// re-wrapped by its translator is fine, so line breaks are compared only at the ends, as
/// <c>msgfmt -c</c> does (a missing final <c>\n</c> runs the next output line on); tabs, which
/// align help columns, must all be kept in a one-line message, and at least one in a longer text.
/// </summary>
public sealed class ControlCheck(bool software = false) : ICheck
{
    public const string CheckId = "control";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        var sourceSuspect = HasSuspect(input.SourceProfile);
        var targetSuspect = HasSuspect(input.TargetProfile);
        if (!sourceSuspect && !targetSuspect)
        {
            return;
        }

        if (sourceSuspect)
        {
            foreach (var (kind, spans) in Classify(input.Source))
            {
                findings.Add(new Finding(CheckId, Severity.Warning, $"{Describe(kind)} in source", spans, []));
            }
        }

        if (targetSuspect)
        {
            ReportTarget(input, findings);
        }

        if (software)
        {
            ReportSoftwareLayout(input, findings);
        }
        else
        {
            ReportLayout(input, findings);
        }
    }

    private static void ReportSoftwareLayout(CheckInput input, List<Finding> findings)
    {
        string source = input.Source, target = input.Target;
        if (source.Length > 0 && target.Length > 0 && (source[0] == '\n') != (target[0] == '\n'))
        {
            findings.Add(new Finding(CheckId, Severity.Error, source[0] == '\n' ? "target lacks the line break the source starts with" : "target starts with a line break the source lacks", [], []));
        }

        if (source.Length > 0 && target.Length > 0 && (source[^1] == '\n') != (target[^1] == '\n'))
        {
            findings.Add(new Finding(CheckId, Severity.Error, source[^1] == '\n' ? "target lacks the line break the source ends with" : "target ends with a line break the source lacks", [], []));
        }

        // A re-wrapped help text may align with spaces instead; losing every tab, or a tab of a one-line message, is not that.
        var sourceTabs = source.AsSpan().Count('\t');
        var targetTabs = target.AsSpan().Count('\t');
        if (sourceTabs != targetTabs && (targetTabs == 0 || !source.Contains('\n')) && !IndentsWithSpaces(source, target))
        {
            findings.Add(new Finding(CheckId, Severity.Warning, $"target has {targetTabs} tab(s), source {sourceTabs}", [], []));
        }
    }

    /// <summary>The source's tabs only indent continuation lines, and the target indents its lines
    /// with spaces instead (glibc's <c>sotruss --help</c>): the same layout, written another way.</summary>
    private static bool IndentsWithSpaces(string source, string target)
    {
        if (!target.Contains("\n        ", StringComparison.Ordinal))
        {
            return false;
        }

        var indent = false;
        foreach (var c in source)
        {
            if (c == '\t' && !indent)
            {
                return false;
            }

            indent = c == '\n' || (indent && c is ' ' or '\t');
        }

        return true;
    }

    private static void ReportTarget(CheckInput input, List<Finding> findings)
    {
        // A set of the source's characters, not a search of the source per character found (quadratic).
        HashSet<char>? inSource = null;
        foreach (var (kind, spans) in Classify(input.Target))
        {
            inSource ??= [.. input.Source];
            var edits = spans.Where(s => !inSource.Contains(input.Target[s.Start]))
                .Select(s => new TextEdit(s.Start, 1, "")).ToList();
            var severity = kind == CharacterKind.Control ? Severity.Error : Severity.Warning;
            var message = $"{Describe(kind)} in target";
            findings.Add(edits.Count > 0
                ? Finding.WithFix(CheckId, severity, message, [], spans, input.Target, edits)
                : new Finding(CheckId, severity, message, [], spans));
        }
    }

    private static void ReportLayout(CheckInput input, List<Finding> findings)
    {
        foreach (var (c, name) in new[] { ('\t', "tab"), ('\n', "line break") })
        {
            var inSource = input.Source.AsSpan().Count(c);
            var inTarget = input.Target.AsSpan().Count(c);
            if (inTarget > inSource)
            {
                findings.Add(new Finding(CheckId, Severity.Info, $"target has {inTarget} {name}(s), source {inSource}", [], []));
            }
        }
    }

    private static List<(CharacterKind Kind, List<TextSpan> Spans)> Classify(string text)
    {
        var byKind = new List<(CharacterKind Kind, List<TextSpan> Spans)>();
        for (var i = 0; i < text.Length; i++)
        {
            var kind = KindOf(text[i]);
            if (kind == CharacterKind.None)
            {
                continue;
            }

            var index = byKind.FindIndex(k => k.Kind == kind);
            if (index < 0)
            {
                byKind.Add((kind, []));
                index = byKind.Count - 1;
            }

            byKind[index].Spans.Add(Graphemes.Snap(text, i, 1));
        }

        return byKind;
    }

    private static readonly SearchValues<char> Suspects = SearchValues.Create(SuspectCharacters());

    // The suspects lie below U+0020, in U+007F..U+206F or in U+FEFF..U+FFFB: a plain text has none,
    // and three vectorised range scans settle most others.
    private static bool HasSuspect(TextProfile profile)
    {
        var span = profile.Text.AsSpan();
        var mayHave = !profile.IsPlain && (span.IndexOfAnyInRange('\0', '\u001F') >= 0 || span.IndexOfAnyInRange('\u007F', '\u206F') >= 0
            || span.IndexOfAnyInRange('\uFEFF', '\uFFFB') >= 0);
        return mayHave && span.IndexOfAny(Suspects) >= 0;
    }

    private static string SuspectCharacters()
    {
        var suspects = new System.Text.StringBuilder("\t\n");
        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            if (KindOf(c) != CharacterKind.None)
            {
                suspects.Append(c);
            }
        }

        return suspects.ToString();
    }

    private static CharacterKind KindOf(char c) => c switch
    {
        '\t' or '\n' or '\r' => CharacterKind.None,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => CharacterKind.Control,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' => CharacterKind.Bidi,
        '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or (>= '\u2061' and <= '\u2064') or (>= '\u206A' and <= '\u206F') or (>= '\uFFF9' and <= '\uFFFB') => CharacterKind.Invisible,
        _ => CharacterKind.None,
    };

    private static string Describe(CharacterKind kind) => kind switch
    {
        CharacterKind.Control => "control character",
        CharacterKind.Bidi => "bidi control character",
        _ => "invisible format character",
    };

    private enum CharacterKind
    {
        None,
        Control,
        Bidi,
        Invisible,
    }
}
