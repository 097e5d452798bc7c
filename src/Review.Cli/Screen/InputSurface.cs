using Review.Terminal.Buffers;
using Review.Terminal.Input;

namespace Review.Cli.Screen;

/// <summary>
/// The editor or the prompt while it has the keyboard: it takes events, draws itself where the
/// view says, and turns Ctrl+S/Enter and Esc into the actions Update understands.
/// </summary>
internal abstract class InputSurface
{
    /// <summary>An action to dispatch when the input is finished or cancelled; null while typing.</summary>
    public abstract ReviewAction? Handle(TerminalEvent input);

    public abstract void Draw(ScreenBuffer buffer, Rect area);
}
