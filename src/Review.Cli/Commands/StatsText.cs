using System.Globalization;
using Review.Core.Pairs;
using Review.Core.Ports;
using Spectre.Console;

namespace Review.Cli.Commands;

/// <summary>Stats for people: Spectre tables on a terminal, plain aligned lines otherwise.</summary>
internal static class StatsText
{
    public static void Table(IAnsiConsole console, StoreStats stats)
    {
        var status = new Table().Title($"{stats.PairCount} pairs").AddColumn("status").AddColumn(new TableColumn("pairs").RightAligned());
        foreach (var s in Enum.GetValues<PairStatus>())
        {
            status.AddRow(PairNames.Of(s), Number(stats.ByStatus.GetValueOrDefault(s)));
        }
        console.Write(status);
        console.Write(Counts("annotator", "decisions", stats.ByAnnotator));
        console.MarkupLine(Markup.Escape(RateLine(stats)));
        var imports = new Table().Title("imports").AddColumns("#", "file", "format", "languages", "pairs", "at");
        foreach (var i in stats.Imports)
        {
            imports.AddRow(Number(i.Id), Safe(i.FileName), Safe(i.Format), Safe($"{i.SourceLang}-{i.TargetLang}"), Number(i.PairCount), StatsJson.Iso(i.At));
        }
        console.Write(imports);
        if (stats.FindingsByCheck.Count > 0)
        {
            console.Write(Counts("check", "findings", stats.FindingsByCheck));
        }
    }

    public static void Plain(TextWriter output, StoreStats stats)
    {
        output.WriteLine($"pairs: {stats.PairCount}");
        foreach (var s in Enum.GetValues<PairStatus>())
        {
            output.WriteLine($"  {PairNames.Of(s),-9} {stats.ByStatus.GetValueOrDefault(s)}");
        }
        output.WriteLine("decisions by annotator:" + (stats.ByAnnotator.Count == 0 ? " none" : ""));
        foreach (var (annotator, count) in stats.ByAnnotator)
        {
            output.WriteLine($"  {Sanitizer.ToDisplayString(annotator)} {count}");
        }
        output.WriteLine(RateLine(stats));
        output.WriteLine($"imports: {stats.Imports.Count}");
        foreach (var i in stats.Imports)
        {
            output.WriteLine($"  #{i.Id} {Sanitizer.ToDisplayString(i.FileName)} ({Sanitizer.ToDisplayString(i.Format)}, {Sanitizer.ToDisplayString(i.SourceLang)}-{Sanitizer.ToDisplayString(i.TargetLang)}) {i.PairCount} pairs at {StatsJson.Iso(i.At)}");
        }
        foreach (var (check, count) in stats.FindingsByCheck)
        {
            output.WriteLine($"findings {Sanitizer.ToDisplayString(check)}: {count}");
        }
    }

    private static string RateLine(StoreStats stats) => stats.PairsPerHourLastSession is { } rate && stats.LastSession is { } s
        ? $"last session: {s.Pairs} pairs, {rate.ToString("0.0", CultureInfo.InvariantCulture)} pairs/hour ({StatsJson.Iso(s.Start)} to {StatsJson.Iso(s.End)})"
        : "last session: none yet";

    private static Table Counts(string key, string value, IReadOnlyDictionary<string, long> counts)
    {
        var table = new Table().AddColumn(key).AddColumn(new TableColumn(value).RightAligned());
        foreach (var (name, count) in counts)
        {
            table.AddRow(Safe(name), Number(count));
        }
        return table;
    }

    private static string Safe(string text) => Markup.Escape(Sanitizer.ToDisplayString(text));

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
