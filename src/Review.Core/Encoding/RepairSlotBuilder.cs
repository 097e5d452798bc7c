using System.Text;

namespace Review.Core.Encoding;

/// <summary>
/// Turns parsed segments into repair slots: intact characters are fixed, incomplete sequences with
/// plausible candidates become guesses, and the rest keep their garbled characters. An incomplete
/// sequence at the very end is a cut, not a lost byte, when the text was marked cut (U+FFFD) or when
/// no candidate fits.
/// </summary>
internal sealed class RepairSlotBuilder(string body, CodePage page, IReadOnlySet<ScriptClass> scripts)
{
    private readonly List<RepairSlot> slots = [];
    private int unrepaired;

    public (List<RepairSlot> Slots, int Unrepaired, bool CutInside) Build(List<GarbledSegment> segments, bool cutMarked)
    {
        var cutInside = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            switch (segment.Kind)
            {
                case SegmentKind.Literal:
                    AddFixed(body.AsSpan(segment.Start, segment.Length));
                    break;
                case SegmentKind.Complete:
                    AddFixed(System.Text.Encoding.UTF8.GetString(segment.Bytes));
                    break;
                default:
                    cutInside |= AddIncomplete(segment, last, cutMarked);
                    break;
            }
        }

        return (slots, unrepaired, cutInside);
    }

    /// <summary>Returns true when the segment is the cut end of the text.</summary>
    private bool AddIncomplete(GarbledSegment segment, bool last, bool cutMarked)
    {
        var candidates = MojibakeAnalyser.Candidates(segment, page, scripts);
        if (last && (cutMarked || (candidates.Count == 0 && segment.HasLead)))
        {
            return true;
        }

        if (candidates.Count == 0)
        {
            unrepaired += segment.Length;
            AddFixed(body.AsSpan(segment.Start, segment.Length));
            return false;
        }

        slots.Add(new RepairSlot(
            candidates.Select(c => c.ToString()).ToArray(),
            candidates.Select(CharModel.Token).ToArray(),
            IsGuess: true));
        return false;
    }

    private void AddFixed(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                consumed = 1;
            }

            slots.Add(RepairSlot.Fixed(text.Slice(i, consumed).ToString(), CharModel.Token(rune)));
            i += consumed;
        }
    }
}
