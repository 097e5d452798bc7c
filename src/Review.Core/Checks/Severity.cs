namespace Review.Core.Checks;

public enum Severity
{
    Info,
    Warning,
    Error,
}
