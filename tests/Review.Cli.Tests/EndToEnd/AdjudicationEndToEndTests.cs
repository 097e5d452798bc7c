using System.Text.Json;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>
/// A team run through the real binary under tmux: two annotators decide the same pairs (overlap 2) with their
/// own <c>review open --annotator</c>, <c>review agreement</c> measures them, a third adjudicates
/// with <c>review open --adjudicate</c>, and <c>review export --with-decisions</c> shows the result.
/// </summary>
public sealed class AdjudicationEndToEndTests : IDisposable
{
    private readonly ReviewRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void Two_annotators_then_agreement_then_adjudication_then_the_export()
    {
        var db = ReviewRun.Quote(_run.DatabasePath);
        using (var ana = _run.Open(100, 24, $"{ReviewRun.Quote(_run.CorpusPath)} --annotator ana --overlap 2", editor: null))
        {
            ana.WaitFor(ReviewRun.Id(1));
            Decide(ana, 2, "a");
            Decide(ana, 3, "a");
            ana.Keys("e");
            ana.WaitFor("Ctrl+S");
            ana.Type(" 고침");
            ana.WaitFor("고침");
            Decide(ana, 4, "C-s");
            Quit(ana);
        }
        using (var ben = _run.Open(100, 24, $"{db} --annotator ben --start {ReviewRun.Id(1)}", editor: null))
        {
            ben.WaitFor(ReviewRun.Id(1));
            Decide(ben, 2, "a");
            ben.Keys("x");
            ben.WaitFor("reason");
            ben.Type("오역");
            ben.WaitFor("오역");
            Decide(ben, 3, "Enter");
            // Under overlap each annotator decides on their own: ben's editor opens on the target, not on ana's edit.
            ben.Keys("e");
            ben.WaitFor("Ctrl+S");
            ben.Type(" 다름");
            ben.WaitFor("다름");
            Decide(ben, 4, "C-s");
            Quit(ben);
        }

        var (exit, error) = ReviewRun.RunWithoutTerminal("agreement", "--db", _run.DatabasePath, "--json");
        Assert.Equal((0, ""), (exit, error));
        var report = JsonDocument.Parse(ReviewRun.LastOutput!).RootElement;
        Assert.Equal((3, 3, 2), (report.GetProperty("pairs_decided").GetInt32(), report.GetProperty("pairs_shared").GetInt32(),
            report.GetProperty("disagreements").GetInt32()));
        var kappa = report.GetProperty("annotator_pairs").EnumerateArray().Single().GetProperty("kappa");
        Assert.Equal((3, 2), (kappa.GetProperty("units").GetInt32(), kappa.GetProperty("agreements").GetInt32()));

        using (var lead = _run.Open(120, 24, $"{db} --annotator lead --adjudicate", editor: null))
        {
            var screen = lead.WaitFor("lead adjudicating");
            Assert.Contains(ReviewRun.Id(2), screen);
            var titles = screen.Split('\n').Single(l => l.Contains("ana · accept"));
            Assert.Contains("ben · reject", titles);
            lead.Keys("a");
            screen = lead.WaitFor(ReviewRun.Id(3));
            titles = screen.Split('\n').Single(l => l.Contains("ana · edit"));
            Assert.Contains("ben · edit", titles);
            Assert.Contains("vs ana", titles);
            lead.Keys("s");
            lead.WaitFor("all 2 disagreements are adjudicated");
            Quit(lead);
        }

        var rows = ExportWithDecisions();
        Assert.Equal(("accepted", "lead"), (rows[1].GetProperty("status").GetString(), rows[1].GetProperty("annotator").GetString()));
        Assert.Equal(("fixed", "3번 문장은 짧다."), (rows[2].GetProperty("status").GetString(), rows[2].GetProperty("target").GetString()));
        var decisions = rows[2].GetProperty("decisions").EnumerateArray()
            .Select(d => (d.GetProperty("annotator").GetString(), d.GetProperty("text").GetString(), d.GetProperty("adjudicated").GetBoolean())).ToList();
        Assert.Equal([("ana", "문장 3번은 짧다. 고침", false), ("ben", "문장 3번은 짧다. 다름", false), ("lead", "3번 문장은 짧다.", true)], decisions);
        Assert.Equal(2, rows[0].GetProperty("decisions").GetArrayLength());
    }

    private List<JsonElement> ExportWithDecisions()
    {
        var output = Path.Combine(_run.Folder, "with-decisions.jsonl");
        var (exit, error) = ReviewRun.RunWithoutTerminal("export", "--db", _run.DatabasePath, "--out", output, "--with-decisions");
        Assert.Equal((0, ""), (exit, error));
        return File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    private static void Decide(TmuxSession tmux, int next, string key)
    {
        tmux.Keys(key);
        tmux.WaitUntil(screen => screen.Contains(ReviewRun.Id(next)) && screen.Contains("saved"), $"pair {next} after a saved decision");
    }

    private static void Quit(TmuxSession tmux)
    {
        tmux.Keys("q");
        tmux.WaitFor("REVIEW-EXITED-0");
    }
}
