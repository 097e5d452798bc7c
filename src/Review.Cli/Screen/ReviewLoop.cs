using Review.Core.Storage;
using Review.Terminal.Drivers;
using Review.Terminal.Input;
using Review.Terminal.Output;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>
/// The screen's event loop: event -> keymap -> action -> Update -> effects -> whole frame -> flush.
/// Effects run in order, a decision is committed before the pair after it is loaded, and the frame
/// is drawn only when every effect of the key has run.
/// </summary>
public sealed class ReviewLoop
{
    private static readonly TimeSpan IdleTick = TimeSpan.FromSeconds(1);
    private readonly ITerminal terminal;
    private readonly Renderer renderer;
    private readonly ReviewView view;
    private readonly Keymap keymap;
    private readonly TimeProvider clock;
    private readonly ExternalEditor externalEditor;
    private readonly StoreEffects store;
    private readonly Dictionary<PromptKind, PromptState> answers = [];
    private readonly PairKeeping keeping;
    private InputSurface? input;

    public ReviewLoop(ITerminal terminal, ReviewStore store, ReviewState initial, ScreenServices services)
    {
        this.terminal = terminal;
        renderer = new Renderer(terminal, services.Rendering);
        view = services.View;
        keymap = services.Keymap;
        clock = services.Clock;
        externalEditor = new ExternalEditor(services.Environment);
        this.store = new StoreEffects(store, initial.Annotator, services.Lease, initial.Order, services.Checks);
        keeping = new PairKeeping(this.store, clock);
        State = initial;
    }

    public ReviewState State { get; private set; }

    /// <summary>Shows the first pair, then the counts (after the first frame, so they never delay it).</summary>
    public void Start(Navigation first)
    {
        ShowFirstFrame(first);
        ShowCounts();
    }

    public void ShowFirstFrame(Navigation first)
    {
        RunEffects([new NavigateEffect(first)]);
        Draw();
        ClaimShownPair();
    }

    public void ShowCounts()
    {
        Dispatch(new CountsLoaded(store.Counts()));
        Draw();
    }

    /// <summary>
    /// Runs until quit; returns the process exit code. Fatal signals end the process from the
    /// driver's restore guard; every decision shown as saved is committed by then.
    /// </summary>
    public int Run(Navigation first)
    {
        try
        {
            Start(first);
            while (!State.Quitting)
            {
                if (terminal.ReadEvent(IdleTick) is { } next)
                {
                    Step(next);
                }
                else
                {
                    Idle();
                    Draw();
                }
            }
        }
        finally
        {
            // Also when the loop dies: a claim left behind would keep others off the pair for the whole lease.
            Finish();
        }
        return 0;
    }

    /// <summary>What a pause in typing is for: renewing the claim and remembering the position.</summary>
    public void Idle()
    {
        if (keeping.Renew(State.Shown) is { } changed)
        {
            Dispatch(new PairShown(changed));
        }
        keeping.SavePosition(State.Shown);
    }

    /// <summary>On the way out: the position for next time, and the claim for others.</summary>
    public void Finish()
    {
        keeping.SavePosition(State.Shown);
        keeping.Release();
    }

    /// <summary>One event: handled, drawn, and then the pair on screen claimed.</summary>
    public void Step(TerminalEvent next)
    {
        Handle(next);
        Draw();
        ClaimShownPair();
    }

    /// <summary>
    /// Claims a newly shown pair once its frame is out, so the claim's fsync does not delay the
    /// frame; if someone else holds it, the screen says so at once.
    /// </summary>
    public void ClaimShownPair()
    {
        if (keeping.ClaimIfNew(State.Shown) is { } changed)
        {
            Dispatch(new PairShown(changed));
            Draw();
        }
    }

    /// <summary>One event through the whole pipeline, without drawing (the caller draws).</summary>
    public void Handle(TerminalEvent next)
    {
        switch (next)
        {
            case ResizeEvent:
                renderer.Invalidate();
                return;
            case KeyEvent { Key: Key.Char, Text: "c", Modifiers: Modifiers.Ctrl }:
                // Ctrl+C quits from the editor and prompts too, where keys do not reach the keymap;
                // an unsaved edit is lost, but it was never shown as saved.
                input = null;
                Dispatch(new CommandAction(ReviewCommand.Quit));
                return;
        }
        if (input is not null)
        {
            if (input.Handle(next) is { } finished)
            {
                input = null;
                Dispatch(finished);
            }
            return;
        }
        var command = next switch
        {
            KeyEvent key => keymap.Resolve(key),
            MouseEvent mouse => keymap.Resolve(mouse),
            _ => null,
        };
        if (command is null && next is KeyEvent && State.Mode == ScreenMode.Help)
        {
            // The help says any other key closes it; that includes keys bound to nothing, such as Esc.
            command = ReviewCommand.Help;
        }
        if (command is { } bound)
        {
            Dispatch(new CommandAction(bound));
        }
    }

    public void Draw()
    {
        var buffer = renderer.BeginFrame();
        InputDrawing? drawing = input is null ? null : input.Draw;
        var measured = view.Render(buffer, State, clock.GetUtcNow(), drawing);
        var scroll = State.Scroll;
        if (State.RevealGuess || measured.MaxScroll != State.MaxScroll || measured.PageHeight != State.PageHeight
            || measured.HelpMaxScroll != State.HelpMaxScroll)
        {
            State = Update.Apply(State, measured).State;
        }
        if (State.Scroll != scroll && measured.Guess is not null)
        {
            // The guess key's frame is drawn again, scrolled to the guess, before anything is flushed.
            view.Render(buffer, State, clock.GetUtcNow(), drawing);
        }
        renderer.Flush();
    }

    private void Dispatch(ReviewAction action)
    {
        var result = Update.Apply(State, action);
        State = result.State;
        RunEffects(result.Effects);
    }

    private void RunEffects(IReadOnlyList<ReviewEffect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case OpenInputEffect open:
                    input = open.MultiLine ? new EditorSurface(open.Seed) : OpenPrompt(open.Seed);
                    break;
                case ExternalEditorEffect edit:
                    var finished = externalEditor.Edit(terminal, edit.Text);
                    renderer.Invalidate();
                    Dispatch(finished);
                    break;
                case QuitEffect:
                    return;
                default:
                    if (!RunStoreEffect(effect))
                    {
                        return;
                    }
                    break;
            }
        }
    }

    /// <summary>A prompt that remembers earlier answers to the same question, for ↑/↓.</summary>
    private PromptSurface OpenPrompt(string seed)
    {
        var kind = State.Prompt ?? PromptKind.Search;
        var prompt = new PromptSurface(seed, answers.GetValueOrDefault(kind));
        answers[kind] = prompt.State;
        return prompt;
    }

    /// <summary>
    /// Runs a store effect. A full disk, a busy database or an I/O error keeps the effect (the
    /// decision) in memory and retries it every second until it is saved or the annotator quits twice;
    /// a read-only or damaged file refuses it at once. False drops the effects after it.
    /// </summary>
    private bool RunStoreEffect(ReviewEffect effect)
    {
        var quitAsked = false;
        while (true)
        {
            StoreFailure failure;
            try
            {
                var outcome = store.Run(effect);
                foreach (var action in outcome.Actions)
                {
                    Dispatch(action);
                }
                return outcome.Continue;
            }
            catch (Exception e) when (StoreFailure.Of(e, store.Path) is { } known)
            {
                failure = known;
            }
            if (!failure.Transient)
            {
                Dispatch(new CommitFailed(failure.Refused, Retrying: false));
                return false;
            }
            Dispatch(new CommitFailed(quitAsked ? failure.QuitAgain : failure.Retrying, Retrying: true));
            Draw();
            if (QuitRequestedWithin(IdleTick))
            {
                if (quitAsked)
                {
                    input = null;
                    Dispatch(new CommandAction(ReviewCommand.Quit));
                    return false;
                }
                quitAsked = true;
            }
        }
    }

    /// <summary>While retrying, only quitting is listened to; other keys would act on a stale screen.</summary>
    private bool QuitRequestedWithin(TimeSpan wait) =>
        terminal.ReadEvent(wait) is KeyEvent key
        && (keymap.Resolve(key) == ReviewCommand.Quit || key is { Text: "c", Modifiers: Modifiers.Ctrl });
}
