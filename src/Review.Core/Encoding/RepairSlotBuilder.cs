using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// Turns parsed segments into repair slots: intact characters join fixed runs, incomplete sequences
/// with plausible candidates become guesses, and the rest keep their garbled characters. An
/// incomplete sequence at the very end is a cut, not a lost byte, when the text was marked cut
/// (U+FFFD) or when no candidate fits.
/// </summary>
internal sealed class RepairSlotBuilder(string body, CodePage page, IReadOnlySet<ScriptClass> scripts, Dictionary<long, RepairSlot?> guessCache)
{
    private readonly List<RepairSlot> _slots = [];
    private readonly StringBuilder _run = new();
    private int _unrepaired;

    public (List<RepairSlot> Slots, int Unrepaired, bool CutInside) Build(List<GarbledSegment> segments, bool cutMarked)
    {
        var cutInside = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (segment.Kind)
            {
                case SegmentKind.Literal:
                    _run.Append(body, segment.Start, segment.Length);
                    break;
                case SegmentKind.Complete:
                    AppendRune(segment.Rune);
                    break;
                default:
                    cutInside |= AddIncomplete(segment, i == segments.Count - 1, cutMarked);
                    break;
            }
        }

        EndRun();
        return (_slots, _unrepaired, cutInside);
    }

    /// <summary>Returns true when the segment is the cut end of the text.</summary>
    private bool AddIncomplete(GarbledSegment segment, bool last, bool cutMarked)
    {
        var guess = GuessFor(segment);
        if (last && (cutMarked || (guess is null && segment.HasLead)))
        {
            return true;
        }

        if (guess is null)
        {
            _unrepaired += segment.Length;
            _run.Append(body, segment.Start, segment.Length);
            return false;
        }

        EndRun();
        _slots.Add(guess);
        return false;
    }

    /// <summary>The same few hundred byte patterns recur all through a column, so their candidates are worked out once.</summary>
    private RepairSlot? GuessFor(GarbledSegment segment)
    {
        var key = segment.Key;
        if (!guessCache.TryGetValue(key, out var guess))
        {
            var candidates = MojibakeAnalyser.Candidates(segment, page, scripts);
            guessCache[key] = guess = candidates.Count == 0 ? null : RepairSlot.Guess(candidates);
        }

        return guess;
    }

    private void AppendRune(Rune rune)
    {
        Span<char> units = stackalloc char[2];
        _run.Append(units[..rune.EncodeToUtf16(units)]);
    }

    private void EndRun()
    {
        if (_run.Length > 0)
        {
            _slots.Add(RepairSlot.Fixed(_run.ToString()));
            _run.Clear();
        }
    }
}
