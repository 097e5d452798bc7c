using Review.Terminal.Buffers;
using Review.Terminal.Input;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// The one-line prompt on the hint row, on the toolkit's Prompt: Enter submits, Esc cancels, ↑/↓
/// recall earlier answers to the same question.
/// </summary>
internal sealed class PromptSurface : InputSurface
{
    private readonly PromptState state;

    public PromptSurface(string seed, PromptState? previous)
    {
        state = new PromptState(previous?.History);
        state.SetText(seed);
    }

    public PromptState State => state;

    public override ReviewAction? Handle(TerminalEvent input) => state.Handle(input) switch
    {
        PromptOutcome.Submitted => new InputSubmitted(state.Text),
        PromptOutcome.Cancelled => new InputCancelled(),
        _ => null,
    };

    public override void Draw(ScreenBuffer buffer, Rect area) =>
        buffer.Cursor = new Prompt().Render(state, buffer, area);
}
