using System.Diagnostics;
using System.Globalization;
using Review.Storage.Sqlite;

namespace Review.Cli.Commands;

/// <summary><c>review check --integrity</c>: the verdict of a whole-file read, one line when sound, the problems when not.</summary>
internal static class IntegrityReport
{
    public static int Run(string db, TextWriter output, TextWriter error)
    {
        if (StoreFactory.IsServer(db))
        {
            // PostgreSQL owns its pages: its own tools check them, with the server's privileges.
            return UserErrors.Fail(error,
                $"{StoreFactory.DisplayName(db)}: --integrity checks SQLite files; on PostgreSQL use pg_amcheck (and initdb --data-checksums)");
        }
        var path = StoreFactory.DisplayName(db);
        var clock = Stopwatch.StartNew();
        var problems = IntegrityCheck.Run(path);
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (problems.Count == 0)
        {
            output.WriteLine($"{Sanitizer.ToDisplayString(path)}: sound (every page and index read in {seconds} s)");
            return 0;
        }
        foreach (var problem in problems)
        {
            output.WriteLine(Sanitizer.ToDisplayString(problem));
        }
        return UserErrors.Fail(error,
            $"{path}: the database is damaged ({problems.Count} problem{(problems.Count == 1 ? "" : "s")} listed above); restore it from a backup or export what can be read; the next open will check it in full before any write");
    }
}
