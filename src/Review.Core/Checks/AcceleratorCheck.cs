namespace Review.Core.Checks;

/// <summary>
/// <c>accelerator</c>: a UI label's keyboard accelerator lost in the target (<c>_File</c> →
/// <c>파일</c>), or two of them where the source has one. Which marker a corpus uses (<c>&amp;</c>
/// or <c>_</c>) is learned from it (<see cref="CorpusProfile.AcceleratorMarker"/>); without one the
/// check stays silent, since an underscore or ampersand alone proves nothing.
/// </summary>
public sealed class AcceleratorCheck(char? marker) : ICheck
{
    public const string CheckId = "accelerator";

    public string Id => CheckId;

    public void Run(CheckInput input, List<Finding> findings)
    {
        if (marker is not { } m || !input.Source.Contains(m) || !Accelerators.IsLabel(input.Source))
        {
            return;
        }

        var source = Accelerators.Find(input.Source, m);
        if (source.Count != 1)
        {
            return;
        }

        var key = input.Source.Substring(source[0], 2);
        var target = Accelerators.Find(input.Target, m);
        if (target.Count == 0)
        {
            findings.Add(new Finding(CheckId, Severity.Warning, $"accelerator {key} of source is missing from target",
                [Graphemes.Snap(input.Source, source[0], 2)], []));
        }
        else if (target.Count > 1)
        {
            findings.Add(new Finding(CheckId, Severity.Warning, $"target has {target.Count} accelerators, source one ({key})",
                [Graphemes.Snap(input.Source, source[0], 2)], [.. target.Select(t => Graphemes.Snap(input.Target, t, 2))]));
        }
    }
}
