using Review.Terminal.Input;

namespace Review.Terminal.Widgets;

/// <summary>Terminal events applied to the editor.</summary>
public sealed partial class EditorState
{
    /// <summary>
    /// Applies a key or paste. Returns false for events the editor leaves to its caller: Enter
    /// (save), Esc (cancel), function keys, mouse, resize. A paste is inserted literally and
    /// undone as one step.
    /// </summary>
    public bool Handle(TerminalEvent terminalEvent) => terminalEvent switch
    {
        PasteEvent paste => Pasted(paste.Text),
        KeyEvent key => EditorKeys.Apply(this, key),
        _ => false,
    };

    private bool Pasted(string text)
    {
        Paste(text);
        return true;
    }
}
