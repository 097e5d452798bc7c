namespace Review.Core.Formats;

/// <summary>
/// A problem with an input file that the user can fix. <see cref="Message"/> reads
/// <c>FILE:LINE: problem</c> (or <c>FILE: problem</c> when no line applies).
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, long? line, string problem)
        : base(line is { } l ? $"{file}:{l}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }

    public long? Line { get; }

    public string Problem { get; }
}
