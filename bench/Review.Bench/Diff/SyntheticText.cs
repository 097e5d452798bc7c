using System.Text;

namespace Review.Bench.Diff;

/// <summary>Seeded text for the adversarial cases: Korean-like prose and post-edit-like changes.</summary>
internal static class SyntheticText
{
    private const string Syllables = "가나다라마바사아자차카타파하는을를이가의에서으로한다있다모델데이터학습";

    /// <summary>Words of random syllables with spaces and an occasional full stop, cut to exactly <paramref name="length"/>.</summary>
    public static string Prose(Random random, int length)
    {
        var text = new StringBuilder(length + 8);
        while (text.Length < length)
        {
            text.Append(Syllables[random.Next(Syllables.Length)]);
            var roll = random.Next(20);
            text.Append(roll == 0 ? ". " : roll < 6 ? " " : string.Empty);
        }
        return text.ToString(0, length);
    }

    /// <summary>A post-edit of <paramref name="text"/>: a few words replaced, a citation added, a span cut.</summary>
    public static string PostEdit(Random random, string text, int edits)
    {
        var edited = new StringBuilder(text);
        for (var i = 0; i < edits && edited.Length > 0; i++)
        {
            var at = random.Next(edited.Length);
            var cut = Math.Min(random.Next(0, 6), edited.Length - at);
            if (at > 0 && char.IsHighSurrogate(edited[at - 1]))
            {
                continue;
            }
            edited.Remove(at, cut);
            edited.Insert(at, random.Next(3) switch
            {
                0 => "[" + random.Next(1, 200) + "]",
                1 => Prose(random, random.Next(1, 8)),
                _ => string.Empty,
            });
        }
        return edited.ToString();
    }
}
