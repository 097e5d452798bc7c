namespace Review.Core.Formats;

/// <summary>
/// Reads two line-aligned plain-text files (e.g. <c>corpus.en</c> and <c>corpus.ko</c>). Lines are
/// taken literally: no unescaping, empty lines are pairs too. Languages default to the file extensions.
/// </summary>
public sealed class MosesReader : IPairReader
{
    private readonly LineSource _source;
    private readonly LineSource _target;
    private readonly long _totalBytes;

    public MosesReader(Stream source, string sourceName, Stream target, string targetName, LanguagePair? languages)
    {
        _source = new LineSource(source, sourceName);
        _target = new LineSource(target, targetName);
        _totalBytes = source.CanSeek && target.CanSeek ? source.Length + target.Length : 0;
        var declared = FromExtensions(sourceName, targetName);
        DeclaresLanguages = declared is not null;
        Languages = languages ?? declared ?? LanguagePair.Default;
    }

    public PairFormat Format => PairFormat.Moses;

    public string FileName => _source.FileName;

    public LanguagePair Languages { get; }

    public bool DeclaresLanguages { get; }

    public string Description => $"source={_source.FileName}, target={_target.FileName}, lines taken literally";

    public string TargetName => _target.FileName;

    public long BytesRead => _source.BytesRead + _target.BytesRead;

    public long TotalBytes => _totalBytes;

    public IEnumerable<PairRecord> Records()
    {
        while (true)
        {
            var hasSource = _source.MoveNext();
            var hasTarget = _target.MoveNext();
            if (hasSource != hasTarget)
            {
                throw CountMismatch(hasSource);
            }
            if (!hasSource)
            {
                yield break;
            }
            yield return new PairRecord(_source.LineNumber, null, _source.DecodeCurrent(), _target.DecodeCurrent(), null, null);
        }
    }

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    private InputException CountMismatch(bool sourceIsLonger)
    {
        var longer = sourceIsLonger ? _source : _target;
        while (longer.MoveNext())
        {
        }
        return new InputException(
            _source.FileName,
            null,
            $"line counts differ: {_source.FileName} has {_source.LineNumber} lines, {_target.FileName} has {_target.LineNumber}");
    }

    private static LanguagePair? FromExtensions(string sourceName, string targetName)
    {
        var source = Path.GetExtension(sourceName).TrimStart('.');
        var target = Path.GetExtension(targetName).TrimStart('.');
        return IsLanguage(source) && IsLanguage(target) ? new LanguagePair(source, target) : null;
    }

    private static bool IsLanguage(string extension) =>
        LanguageTags.IsTag(extension) && extension is not ("src" or "tgt" or "txt" or "tok");
}
