using Review.Core.Pairs;
using Review.Core.Session;
using Review.Terminal.Widgets;

namespace Review.Cli.Screen;

/// <summary>What happens when the editor or a prompt opens, and when its text is submitted.</summary>
internal static class InputRules
{
    /// <summary>Opens a prompt empty, with its earlier answers (and <paramref name="recall"/>, if any) a ↑ away.</summary>
    public static UpdateResult OpenPrompt(ReviewState state, PromptKind kind, string? recall = null)
    {
        var history = state.PromptHistory.GetValueOrDefault(kind, []);
        if (recall is { Length: > 0 } && (history.Count == 0 || history[^1] != recall))
        {
            history = history.Add(recall);
        }
        return UpdateResult.Only(state with { Mode = ScreenMode.Prompt, Prompt = kind, PromptLine = new PromptState(history), Editor = null });
    }

    public static UpdateResult OpenEditor(ReviewState state, string seed) =>
        UpdateResult.Only(state with { Mode = ScreenMode.Edit, Prompt = null, Editor = new EditorState(seed, CodeTokens.Editor), PromptLine = null, Hunks = null });

    public static ReviewState Close(ReviewState state) =>
        state with { Mode = ScreenMode.Browse, Prompt = null, Editor = null, PromptLine = null, Message = null };

    /// <summary>A key bound to one of the prompt's commands: Enter submits, Esc cancels, the rest edit the line.</summary>
    public static UpdateResult PromptKey(ReviewState state, PromptCommand command)
    {
        if (state.PromptLine is not { } line)
        {
            return UpdateResult.Only(state);
        }
        return line.Apply(command) switch
        {
            PromptOutcome.Submitted => Submit(state, line.Text),
            PromptOutcome.Cancelled => UpdateResult.Only(Close(state)),
            _ => UpdateResult.Only(state),
        };
    }

    /// <summary>Typed or pasted text for the editor or the prompt.</summary>
    public static ReviewState Type(ReviewState state, TextTyped typed)
    {
        if (state.Mode == ScreenMode.Edit && state.Editor is { } editor)
        {
            if (typed.Pasted)
            {
                editor.Paste(typed.Text);
            }
            else
            {
                editor.Insert(typed.Text);
            }
        }
        else if (state.Mode == ScreenMode.Prompt && state.PromptLine is { } line)
        {
            line.Paste(typed.Text);
        }
        return state;
    }

    public static UpdateResult Submit(ReviewState state, string text)
    {
        var browse = Close(Remember(state, text));
        return state.Mode switch
        {
            ScreenMode.Edit when state.Shown is not null => SubmitEdit(browse, text),
            ScreenMode.Prompt => SubmitPrompt(browse, state.Prompt, text),
            _ => UpdateResult.Only(browse),
        };
    }

    private static ReviewState Remember(ReviewState state, string text)
    {
        if (state.Mode != ScreenMode.Prompt || state.Prompt is not { } kind || text.Trim().Length == 0)
        {
            return state;
        }
        var history = state.PromptHistory.GetValueOrDefault(kind, []);
        return history.Count > 0 && history[^1] == text
            ? state
            : state with { PromptHistory = state.PromptHistory.SetItem(kind, history.Add(text)) };
    }

    private static UpdateResult SubmitEdit(ReviewState state, string text) =>
        text.Length == 0
            ? UpdateResult.Only(state with { Message = "empty text: nothing saved (x rejects a pair)" })
            : DecisionRules.Decide(state, DecisionKind.Edit, text);

    private static UpdateResult SubmitPrompt(ReviewState state, PromptKind? kind, string text) => kind switch
    {
        PromptKind.RejectReason when state.Shown is not null =>
            DecisionRules.Decide(state, DecisionKind.Reject, null, Combine(state.PendingNote, text.Trim())),
        PromptKind.Note => DecisionRules.AddNote(state, text),
        PromptKind.Goto => text.Trim().Length == 0
            ? UpdateResult.Only(state)
            : Update.Navigate(state, NavigationKind.Goto, text.Trim()),
        PromptKind.Search => text.Length == 0
            ? UpdateResult.Only(state)
            : Update.Navigate(state with { LastSearch = text }, NavigationKind.Search, text, forward: true),
        PromptKind.Filter => ApplyFilter(state, text),
        PromptKind.SplitCuts => AlignRules.Cut(state, text),
        _ => UpdateResult.Only(state),
    };

    private static UpdateResult ApplyFilter(ReviewState state, string text)
    {
        var filter = PairFilter.TryParse(text, out var error);
        if (filter is null)
        {
            return UpdateResult.Only(state with { Message = error });
        }
        var filtered = state with { Filter = filter };
        return Update.Navigate(filtered, NavigationKind.FirstMatch);
    }

    private static string? Combine(string? note, string reason) =>
        (note, reason.Length) switch
        {
            (null, 0) => null,
            (null, _) => reason,
            (_, 0) => note,
            _ => note + "; " + reason,
        };
}
