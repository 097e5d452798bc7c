using Review.Core.Pairs;
using Review.Core.Session;

namespace Review.Cli.Screen;

/// <summary>What happens when the editor or a prompt opens, and when its text is submitted.</summary>
internal static class InputRules
{
    public static UpdateResult OpenPrompt(ReviewState state, PromptKind kind, string seed) =>
        new(state with { Mode = ScreenMode.Prompt, Prompt = kind }, [new OpenInputEffect(seed, MultiLine: false)]);

    public static UpdateResult Submit(ReviewState state, string text)
    {
        var browse = state with { Mode = ScreenMode.Browse, Prompt = null, Message = null };
        return state.Mode switch
        {
            ScreenMode.Edit when state.Shown is not null => SubmitEdit(browse, text),
            ScreenMode.Prompt => SubmitPrompt(browse, state.Prompt, text),
            _ => UpdateResult.Only(browse),
        };
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
