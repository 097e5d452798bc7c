using Review.Terminal.Buffers;
using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>The inline editor over the target pane: Ctrl+S saves the text as an edit, Esc cancels.</summary>
internal sealed class EditorSurface(string seed) : InputSurface
{
    private readonly TextField field = new(seed, multiLine: true);

    public override ReviewAction? Handle(TerminalEvent input)
    {
        switch (input)
        {
            case KeyEvent { Key: Key.Char, Text: "s", Modifiers: Modifiers.Ctrl }:
                return new InputSubmitted(field.Text);
            case KeyEvent { Key: Key.Escape }:
                return new InputCancelled();
            default:
                field.Edit(input);
                return null;
        }
    }

    public override void Draw(ScreenBuffer buffer, Rect area) => field.Draw(buffer, area, Style.Default);
}
