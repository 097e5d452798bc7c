namespace Review.Terminal.Widgets;

/// <summary>What a prompt did with an event.</summary>
public enum PromptOutcome
{
    /// <summary>Not the prompt's key; the caller may handle it.</summary>
    Ignored,

    /// <summary>The text or cursor changed (or the key was the prompt's and did nothing).</summary>
    Handled,

    /// <summary>Enter: <see cref="PromptState.Text"/> is the answer, and it went into the history.</summary>
    Submitted,

    /// <summary>Esc: the caller closes the prompt.</summary>
    Cancelled,
}
