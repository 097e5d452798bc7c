namespace Review.Core.Checks;

/// <summary>The kind of text a corpus holds, which sets the checks' thresholds: prose (papers,
/// articles) or software strings (UI messages and help text: short, with placeholders, accelerators
/// and column layouts).</summary>
public enum TextKind
{
    Prose,
    Software,
}
