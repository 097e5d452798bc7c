namespace Review.Text;

/// <summary>Walks a span grapheme by grapheme; <see cref="Index"/> is the UTF-16 offset of <see cref="Current"/>.</summary>
public ref struct GraphemeEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _length;

    internal GraphemeEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        Index = 0;
        _length = 0;
    }

    public int Index { get; private set; }

    public readonly ReadOnlySpan<char> Current => _text.Slice(Index, _length);

    public readonly GraphemeEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        Index += _length;
        if (Index >= _text.Length)
        {
            _length = 0;
            return false;
        }

        _length = Graphemes.NextLength(_text[Index..]);
        return true;
    }
}
