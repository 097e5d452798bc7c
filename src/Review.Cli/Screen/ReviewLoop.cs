using Review.Core.Ports;
using Review.Core.Session;
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

    /// <summary>How often the header and status line are re-read from the store, key or no key.</summary>
    private static readonly TimeSpan LiveEvery = TimeSpan.FromSeconds(2);
    private readonly ITerminal _terminal;
    private readonly Renderer _renderer;
    private readonly ReviewView _view;
    private readonly Keymap _keymap;
    private readonly TimeProvider _clock;
    private readonly ExternalEditor _externalEditor;
    private readonly ReviewSession _session;
    private readonly StoreEffects _store;
    private DateTimeOffset _lastLive;

    public ReviewLoop(ITerminal terminal, IReviewStore store, ReviewState initial, ScreenServices services)
    {
        _terminal = terminal;
        _renderer = new Renderer(terminal, services.Rendering);
        _view = services.View;
        _keymap = services.Keymap;
        _clock = services.Clock;
        _externalEditor = new ExternalEditor(services.Environment);
        _session = new ReviewSession(store, initial.Annotator, services.Lease, _clock, initial.Order, services.Checks);
        _store = new StoreEffects(_session, initial.Adjudicating ? Adjudication.Open(store, _session) : null);
        State = initial with
        {
            Size = new ScreenSize(terminal.Width, terminal.Height),
            HelpLines = HelpOverlay.Lines(_keymap, Theme.Default).Count,
        };
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
        if (_session.ShownWithoutClaim && !State.Adjudicating && State.Shown is { } shown)
        {
            // Through the queue from just before the pair shown: it stays when it is free for this
            // annotator, and moves on when a colleague took it or the queue serves something first.
            RunEffects([new NavigateEffect(new Navigation(NavigationKind.NextPending, shown.Pair.Ord - 1, State.Filter))]);
            Draw();
        }
        ClaimShownPair();
    }

    public void ShowCounts()
    {
        _lastLive = _clock.GetUtcNow();
        Dispatch(new LiveRefreshed(_session.Live(State.Shown)));
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
                if (_terminal.ReadEvent(IdleTick) is { } next)
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

    /// <summary>What a pause in typing is for: the lease and live view when due, and remembering the position.</summary>
    public void Idle()
    {
        KeepUp();
        _session.SavePosition(State.Shown);
    }

    /// <summary>
    /// Renews the lease on the pair on screen and re-reads the live view, each when its time has
    /// come: after every key and on every idle tick, so neither typing nor a pause starves them.
    /// </summary>
    public void KeepUp()
    {
        if (_session.RenewClaim(State.Shown) is { } changed)
        {
            Dispatch(new PairShown(changed));
        }
        var now = _clock.GetUtcNow();
        if (now - _lastLive >= LiveEvery)
        {
            _lastLive = now;
            Dispatch(new LiveRefreshed(_session.Live(State.Shown)));
        }
    }

    /// <summary>On the way out: the position for next time, and the claim for others.</summary>
    public void Finish()
    {
        _session.SavePosition(State.Shown);
        _session.ReleaseClaims();
    }

    /// <summary>One event: handled, drawn, then the pair on screen claimed and the lease and live view kept up.</summary>
    public void Step(TerminalEvent next)
    {
        Handle(next);
        Draw();
        ClaimShownPair();
        var before = State;
        KeepUp();
        if (!State.Equals(before))
        {
            Draw();
        }
    }

    /// <summary>
    /// Claims a newly shown pair once its frame is out, so the claim's fsync does not delay the
    /// frame; if someone else holds it, the screen says so at once.
    /// </summary>
    public void ClaimShownPair()
    {
        if (_session.ClaimIfNew(State.Shown) is { } changed)
        {
            Dispatch(new PairShown(changed));
            Draw();
        }
    }

    /// <summary>One event through the whole pipeline, without drawing (the caller draws).</summary>
    public void Handle(TerminalEvent next)
    {
        if (next is ResizeEvent resize)
        {
            _renderer.Invalidate();
            Dispatch(new Resized(resize.Width, resize.Height));
            return;
        }
        if (Resolve(next) is { } action)
        {
            Dispatch(action);
        }
    }

    /// <summary>
    /// The action an event asks for in the current mode: a binding of the keymap, else typed or
    /// pasted text for the editor and prompt, else (in the help) closing it, as the help says.
    /// </summary>
    private ReviewAction? Resolve(TerminalEvent next)
    {
        var mode = State.KeyMode;
        if (next is PasteEvent paste)
        {
            return mode is KeyMode.Editor or KeyMode.Prompt ? new TextTyped(paste.Text, Pasted: true) : null;
        }
        if (_keymap.Resolve(mode, next) is { } bound)
        {
            return bound;
        }
        return (mode, next) switch
        {
            (KeyMode.Editor or KeyMode.Prompt, KeyEvent { Key: Key.Char, Text: { Length: > 0 } text } key)
                when (key.Modifiers & (Modifiers.Ctrl | Modifiers.Alt)) == 0 => new TextTyped(text),
            (KeyMode.Help, KeyEvent) => new CommandAction(ReviewCommand.Help),
            _ => null,
        };
    }

    public void Draw()
    {
        _view.Render(_renderer.BeginFrame(), State, _clock.GetUtcNow());
        _renderer.Flush();
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
                case ExternalEditorEffect edit:
                    var finished = _externalEditor.Edit(_terminal, edit.Text);
                    _renderer.Invalidate();
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
                var outcome = _store.Run(effect);
                foreach (var action in outcome.Actions)
                {
                    Dispatch(action);
                }
                return outcome.Continue;
            }
            catch (Exception e) when (StoreFailure.Of(e, _session.Location) is { } known)
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
                    Dispatch(new CommandAction(ReviewCommand.Quit));
                    return false;
                }
                quitAsked = true;
            }
        }
    }

    /// <summary>While retrying, only quitting is listened to; other keys would act on a stale screen.</summary>
    private bool QuitRequestedWithin(TimeSpan wait) =>
        _terminal.ReadEvent(wait) is KeyEvent key
        && (_keymap.Resolve(KeyMode.Review, key) ?? _keymap.Resolve(State.KeyMode, key)) is CommandAction { Command: ReviewCommand.Quit };
}
