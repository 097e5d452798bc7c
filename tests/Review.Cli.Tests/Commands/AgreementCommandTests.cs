using System.Text.Json;

namespace Review.Cli.Tests.Commands;

public sealed class AgreementCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Json_reports_alpha_kappa_and_edits_with_their_counts_on_a_team_database()
    {
        var db = TeamCorpus.Create(_folder);

        var run = Cli.Run("agreement", "--db", db, "--json");

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(["ana", "ben", "cho", TeamCorpus.AnnotatorWithEscape],
            report.GetProperty("annotators").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal((5, 4, 2, 0), (report.GetProperty("pairs_decided").GetInt32(), report.GetProperty("pairs_shared").GetInt32(),
            report.GetProperty("disagreements").GetInt32(), report.GetProperty("adjudicated").GetInt32()));
        var alpha = report.GetProperty("alpha");
        // Units 1 and 4 by three (accept, take-suggestion), 2 (accept/reject) and 3 (edit/edit) by two:
        // n = 10; n_accept 4, n_take 3, n_reject 1, n_edit 2; disagreeing coincidences 2.
        // alpha = 1 - 9 * 2 / (100 - (16 + 9 + 1 + 4)) = 1 - 18/70.
        Assert.Equal(Math.Round(1 - (18.0 / 70), 6), alpha.GetProperty("value").GetDouble());
        Assert.Equal((4, 10), (alpha.GetProperty("units").GetInt32(), alpha.GetProperty("pairable_values").GetInt32()));
        Assert.Equal(10, alpha.GetProperty("coincidences").EnumerateArray().Sum(c => c.GetProperty("o").GetDouble()), 6);
        var anaBen = report.GetProperty("annotator_pairs").EnumerateArray()
            .Single(p => p.GetProperty("first").GetString() == "ana" && p.GetProperty("second").GetString() == "ben");
        Assert.Equal(4, anaBen.GetProperty("kappa").GetProperty("units").GetInt32());
        // Two edits agree as kinds, however different their texts: that is the edits' similarity's business.
        Assert.Equal(3, anaBen.GetProperty("kappa").GetProperty("agreements").GetInt32());
        Assert.Equal(1, anaBen.GetProperty("edits").GetProperty("compared").GetInt32());
        Assert.Equal("normalized-levenshtein-graphemes", report.GetProperty("edits").GetProperty("measure").GetString());
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public void Plain_lines_name_each_figure_and_its_counts_and_show_untrusted_names_escaped()
    {
        var db = TeamCorpus.Create(_folder);

        var run = Cli.Run("agreement", "--db", db);

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("annotators: 4 (ana, ben, cho, dan^[[31m)", lines[0]);
        Assert.Equal("pairs decided: 5; judged by two or more: 4; disagreements: 2 (adjudicated: 0)", lines[1]);
        // 1 - 18/70 (see the JSON test), which happens to round as Krippendorff's own example does.
        Assert.Equal("Krippendorff's alpha (nominal, over decision kinds): 0.743", lines[2]);
        Assert.StartsWith("  units 4, pairable values 10, coincidences 10.000 of which disagreeing 2.000", lines[3]);
        Assert.Contains("  ana / ben: 0.667 (units 4, agreements 3, p_o 0.750, p_e 0.250)", lines);
        Assert.Contains("  ben / cho: 1.000 (units 2, agreements 2, p_o 1.000, p_e 0.500)", lines);
        // 세 번째 문장. / 세번째 문장이다.: one space out, 이 and 다 in: 3 edits over 9 graphemes.
        Assert.Contains("  ana / ben: mean 0.667, lowest 0.667 (pairs of edits 1, identical 0, too long to compare 0)", lines);
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [Fact]
    public void A_database_with_one_annotator_says_why_the_figures_are_undefined()
    {
        var corpus = _folder.Write("one.jsonl", """{"id":"a","source":"One.","target":"하나."}""" + "\n");
        Cli.Run("import", corpus, "--db", _folder.File("one.db"));

        var run = Cli.Run("agreement", "--db", _folder.File("one.db"));

        Assert.Equal(0, run.Exit);
        Assert.Contains("Krippendorff's alpha (nominal, over decision kinds): undefined (no pair judged by two annotators)", run.Output);
        Assert.Contains("Cohen's kappa by pair of annotators: none (no pair judged by two annotators)", run.Output);
    }

    [Fact]
    public void A_missing_database_is_one_line_on_stderr()
    {
        var run = Cli.Run("agreement", "--db", _folder.File("none.db"));

        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Output);
        Assert.Equal($"review: {_folder.File("none.db")}: no such database (create one with review import)", run.Error.TrimEnd('\n', '\r'));
    }
}
