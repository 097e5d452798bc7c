namespace Review.Text;

/// <summary>How the sanitizer shows a tab from data.</summary>
public enum TabDisplay
{
    /// <summary>A visible arrow (⇥), styled as an escape.</summary>
    Arrow,

    /// <summary>Plain spaces, <see cref="SanitizerOptions.TabWidth"/> of them.</summary>
    Spaces,
}
