using System.Text;
using Review.Terminal.Buffers;
using Review.Terminal.Drivers;
using Review.Terminal.Output;

namespace Review.Terminal.Tests.Output;

/// <summary>
/// Thousands of random strings made of controls, escape sequences, C1, bidi characters, unpaired
/// surrogates and ordinary text: whatever the data, the renderer's output holds no control sequence
/// the renderer did not emit itself, and the emulated screen matches the buffer.
/// </summary>
public class RendererSafetyPropertyTests
{
    private static readonly string[] Pieces =
    [
        "\u001b", "\u001b[2J", "\u001b]0;title\u0007", "\u001bP", "\u009b", "\u009d", "\u0085", "\u0090", "\u009c",
        "\u0000", "\u0007", "\b", "\t", "\n", "\r", "\u007f", "\u202e", "\u202a", "\u2066", "\u2069", "\u200b",
        "\u200d", "\u200e", "\ufeff", "\u061c", "\ud800", "\udfff", "\ud83d", "\u0301", "\u1161",
        "a", "Ü", "é", "한", "국어", "中文", "Ａ", "😀", "👩\u200d💻", "🇰🇷", "❤\ufe0f", " ", "[31m", "2J",
    ];

    [Fact]
    public void Data_never_becomes_a_control_sequence()
    {
        var random = new Random(20261121);
        var terminal = new InMemoryTerminal(24, 6);
        var renderer = new Renderer(terminal);
        for (var round = 0; round < 2000; round++)
        {
            var lines = Enumerable.Range(0, 6).Select(_ => RandomText(random)).ToArray();
            var style = new Style(Color.Indexed(random.Next(256)), Color.Rgb((byte)random.Next(256), 0, 0), (Attributes)random.Next(64));

            renderer.Draw(frame =>
            {
                for (var y = 0; y < lines.Length; y++)
                {
                    frame.SetString(random.Next(3), y, lines[y], style);
                }
            });

            var problems = OutputValidator.Problems(terminal.LastWrite.Span);
            Assert.True(problems.Count == 0, $"round {round}: {string.Join("; ", problems)} for {Describe(lines)}");
            Assert.Empty(terminal.UnrecognizedSequences);
            Assert.Equal(renderer.Frame.ToLines(), terminal.Lines);
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 16);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(8) == 0)
            {
                text.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return text.ToString();
    }

    private static string Describe(IEnumerable<string> lines) =>
        string.Join(" | ", lines.Select(line => string.Concat(line.Select(c => c < 0x20 || c >= 0x7f ? $"\\u{(int)c:x4}" : c.ToString()))));
}
