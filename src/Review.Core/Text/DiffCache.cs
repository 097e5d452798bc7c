using Review.Core.Pairs;

namespace Review.Core.Text;

/// <summary>
/// Keeps the last few diffs, so redrawing a pair (scrolling, resizing, toggling panes) never diffs
/// again. Keyed by pair, granularity and the hashes of both texts; a hit also compares the texts,
/// so an edited target or suggestion is always diffed afresh. Thread-safe.
/// </summary>
public sealed class DiffCache(TextDiff diff, int capacity = 64)
{
    private readonly Dictionary<Key, LinkedListNode<Entry>> _index = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _index.Count;
            }
        }
    }

    public TextDiffResult Get(PairId pair, string oldText, string newText, DiffGranularity granularity)
    {
        var key = new Key(pair, granularity, string.GetHashCode(oldText), string.GetHashCode(newText));
        lock (_gate)
        {
            if (_index.TryGetValue(key, out var node) && node.Value.OldText == oldText && node.Value.NewText == newText)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Result;
            }
        }
        var result = diff.Compute(oldText, newText, granularity);
        Store(key, new Entry(key, oldText, newText, result));
        return result;
    }

    private void Store(Key key, Entry entry)
    {
        lock (_gate)
        {
            if (_index.Remove(key, out var stale))
            {
                _recency.Remove(stale);
            }
            _index[key] = _recency.AddFirst(entry);
            while (_index.Count > Math.Max(1, capacity))
            {
                _index.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
        }
    }

    private readonly record struct Key(PairId Pair, DiffGranularity Granularity, int OldHash, int NewHash);

    private sealed record Entry(Key Key, string OldText, string NewText, TextDiffResult Result);
}
