using System.Text;

namespace Review.Core.Tests.Text;

/// <summary>Random text that mixes the scripts and the hard cases the tokenizer must survive.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        "가", "나", "다", "한", "국", "어", "的", "中", "文", "か", "な", "カ", "ー",
        "a", "b", "e", "word", "LLM", "7", "42",
        " ", " ", "  ", "\n", "\t",
        ".", ",", "[", "]", "(", ")", "\\", "$", "-",
        "e\u0301", "\u0301", "\U0001F469\u200D\U0001F4BB", "\U0001F44D\U0001F3FD", "\U00020BB7", "\U0001D431",
        "\u1100\u1161", "\r\n", "\u200D",
    ];

    public static string Next(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }

    /// <summary>A copy of <paramref name="text"/> with a few pieces deleted, inserted or replaced, as a post-edit would.</summary>
    public static string Edit(Random random, string text, int edits)
    {
        var edited = new StringBuilder(text);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(edited.Length + 1);
            var cut = Math.Min(random.Next(0, 4), edited.Length - at);
            edited.Remove(at, cut);
            edited.Insert(at, Next(random, random.Next(0, 3)));
        }
        return edited.ToString();
    }
}
