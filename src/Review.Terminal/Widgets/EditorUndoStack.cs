namespace Review.Terminal.Widgets;

/// <summary>
/// Undo and redo as snapshots of the whole text: editor texts are sentences, so a copy per step
/// is cheaper than getting inverse operations right. Consecutive typing merges into one step.
/// </summary>
internal sealed class EditorUndoStack
{
    private const int Limit = 500;
    private readonly LinkedList<EditorSnapshot> _undo = new();
    private readonly Stack<EditorSnapshot> _redo = new();
    private bool _typing;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>Records the state before an edit. Typing after typing is merged into the open step.</summary>
    public void Record(EditorSnapshot before, bool isTyping)
    {
        _redo.Clear();
        if (isTyping && _typing)
        {
            return;
        }

        _typing = isTyping;
        _undo.AddLast(before);
        if (_undo.Count > Limit)
        {
            _undo.RemoveFirst();
        }
    }

    /// <summary>Any cursor move or other command closes the open typing step.</summary>
    public void Break() => _typing = false;

    public EditorSnapshot? Undo(EditorSnapshot current)
    {
        _typing = false;
        if (_undo.Last is not { } last)
        {
            return null;
        }

        _undo.RemoveLast();
        _redo.Push(current);
        return last.Value;
    }

    public EditorSnapshot? Redo(EditorSnapshot current)
    {
        _typing = false;
        if (!_redo.TryPop(out var next))
        {
            return null;
        }

        _undo.AddLast(current);
        return next;
    }

    public void Clear()
    {
        _undo.Clear();
        _redo.Clear();
        _typing = false;
    }
}
