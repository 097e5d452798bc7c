using Review.Terminal.Buffers;
using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>The one-line prompt on the hint row: Enter submits, Esc cancels.</summary>
internal sealed class PromptSurface(string seed) : InputSurface
{
    private readonly TextField field = new(seed, multiLine: false);

    public override ReviewAction? Handle(TerminalEvent input)
    {
        switch (input)
        {
            case KeyEvent { Key: Key.Enter }:
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
