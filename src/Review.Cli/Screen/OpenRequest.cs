using Review.Core.Session;


namespace Review.Cli.Screen;

/// <summary>
/// What <c>review open</c> was asked to do, resolved from its arguments and the environment:
/// which database, whether a data file must be imported into it first, and who is reviewing.
/// </summary>
public sealed record OpenRequest(string DatabasePath, string? ImportPath, string Annotator, PairFilter Filter, string? StartId)
{
    /// <summary><c>--adjudicate</c>: walk the disagreements and record final decisions.</summary>
    public bool Adjudicate { get; init; }

    /// <summary>Resolves the request; a user error comes back as a message and a null request.</summary>
    public static OpenRequest? Resolve(string? input, string? db, string? annotator, string? filter, string? start,
        Func<string, string?> environment, out string? error)
    {
        error = null;
        var parsedFilter = PairFilter.TryParse(filter ?? "", out var filterError);
        if (parsedFilter is null)
        {
            error = "--filter: " + filterError;
            return null;
        }
        var who = FirstNonEmpty(annotator, environment("USER"), environment("USERNAME"), Environment.UserName);
        if (input is null)
        {
            var dbPath = string.IsNullOrWhiteSpace(db) ? environment("REVIEW_DB") : db;
            error = string.IsNullOrWhiteSpace(dbPath) ? "give a data file or a database to open (or --db PATH, or set REVIEW_DB)"
                : StoreFactory.IsServer(dbPath) ? null : Missing(dbPath);
            return error is null ? new OpenRequest(dbPath!, null, who, parsedFilter, start) : null;
        }
        if (StoreFactory.IsServer(input))
        {
            return new OpenRequest(input, null, who, parsedFilter, start);
        }
        if ((error = Missing(input)) is not null)
        {
            return null;
        }
        return StoreFactory.IsStore(input)
            ? new OpenRequest(input, null, who, parsedFilter, start)
            : new OpenRequest(FirstNonEmpty(db, environment("REVIEW_DB"), input + ".review.db"), input, who, parsedFilter, start);
    }

    private static string? Missing(string path) =>
        File.Exists(path) ? null : Directory.Exists(path) ? $"{path}: is a directory, not a file" : $"{path}: no such file";

    private static string FirstNonEmpty(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!;
}
