using Review.Terminal.Buffers;
using Review.Terminal.Input;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// The inline editor over the target pane, on the toolkit's Editor: Ctrl+S (or Enter) saves the
/// text as an edit, Esc cancels, Alt+Enter breaks the line. It opens with the cursor at the end of the text.
/// </summary>
internal sealed class EditorSurface(string seed) : InputSurface
{
    private readonly EditorState state = new(seed);

    public override ReviewAction? Handle(TerminalEvent input)
    {
        switch (input)
        {
            case KeyEvent { Key: Key.Char, Text: "s", Modifiers: Modifiers.Ctrl }:
            case KeyEvent { Key: Key.Enter, Modifiers: Modifiers.None }:
                return new InputSubmitted(state.Text);
            case KeyEvent { Key: Key.Escape }:
                return new InputCancelled();
            default:
                state.Handle(input);
                return null;
        }
    }

    public override void Draw(ScreenBuffer buffer, Rect area) =>
        buffer.Cursor = new Editor().Render(state, buffer, area);
}
