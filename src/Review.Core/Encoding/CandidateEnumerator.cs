using System.Text;

namespace Review.Core.Encodings;

/// <summary>
/// The characters an incomplete UTF-8 sequence could have been, if the missing bytes were among the
/// ones the code page drops. A missing byte may be the lead or any continuation position.
/// </summary>
internal static class CandidateEnumerator
{
    public static IReadOnlyList<Rune> For(byte[] observed, IReadOnlyList<byte> dropped)
    {
        var found = new List<Rune>();
        if (dropped.Count == 0 || observed.Length == 0)
        {
            return found;
        }

        var lead = Utf8Shape.LengthFromLead(observed[0]);
        if (lead > 1)
        {
            Fill([observed[0]], observed.AsSpan(1), lead, dropped, found);
        }
        else if (Utf8Shape.IsContinuation(observed[0]))
        {
            foreach (var candidateLead in dropped)
            {
                var length = Utf8Shape.LengthFromLead(candidateLead);
                if (length > observed.Length)
                {
                    Fill([candidateLead], observed, length, dropped, found);
                }
            }
        }

        return found;
    }

    /// <summary>Extends <paramref name="prefix"/> to <paramref name="length"/> bytes, keeping the observed continuation bytes in order.</summary>
    private static void Fill(List<byte> prefix, ReadOnlySpan<byte> rest, int length, IReadOnlyList<byte> dropped, List<Rune> found)
    {
        var needed = length - prefix.Count;
        if (rest.Length > needed)
        {
            return;
        }

        if (needed == 0)
        {
            if (Utf8Shape.TryDecodeScalar(prefix.ToArray(), out var rune) && ScriptClassifier.IsGuessable(rune) && !found.Contains(rune))
            {
                found.Add(rune);
            }

            return;
        }

        if (rest.Length > 0)
        {
            prefix.Add(rest[0]);
            Fill(prefix, rest[1..], length, dropped, found);
            prefix.RemoveAt(prefix.Count - 1);
        }

        if (rest.Length < needed)
        {
            foreach (var b in dropped)
            {
                if (Utf8Shape.IsContinuation(b))
                {
                    prefix.Add(b);
                    Fill(prefix, rest, length, dropped, found);
                    prefix.RemoveAt(prefix.Count - 1);
                }
            }
        }
    }
}
