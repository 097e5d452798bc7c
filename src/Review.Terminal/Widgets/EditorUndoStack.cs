namespace Review.Terminal.Widgets;

/// <summary>
/// Undo and redo as snapshots of the whole text: editor texts are sentences, so a copy per step
/// is cheaper than getting inverse operations right. Consecutive typing merges into one step.
/// </summary>
internal sealed class EditorUndoStack
{
    private const int Limit = 500;
    private readonly LinkedList<EditorSnapshot> undo = new();
    private readonly Stack<EditorSnapshot> redo = new();
    private bool typing;

    public bool CanUndo => undo.Count > 0;

    public bool CanRedo => redo.Count > 0;

    /// <summary>Records the state before an edit. Typing after typing is merged into the open step.</summary>
    public void Record(EditorSnapshot before, bool isTyping)
    {
        redo.Clear();
        if (isTyping && typing)
        {
            return;
        }

        typing = isTyping;
        undo.AddLast(before);
        if (undo.Count > Limit)
        {
            undo.RemoveFirst();
        }
    }

    /// <summary>Any cursor move or other command closes the open typing step.</summary>
    public void Break() => typing = false;

    public EditorSnapshot? Undo(EditorSnapshot current)
    {
        typing = false;
        if (undo.Last is not { } last)
        {
            return null;
        }

        undo.RemoveLast();
        redo.Push(current);
        return last.Value;
    }

    public EditorSnapshot? Redo(EditorSnapshot current)
    {
        typing = false;
        if (!redo.TryPop(out var next))
        {
            return null;
        }

        undo.AddLast(current);
        return next;
    }

    public void Clear()
    {
        undo.Clear();
        redo.Clear();
        typing = false;
    }
}
