using System.Text.Json;
using Review.Cli.Tests.Commands;
using Review.Core.Encodings;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.EndToEnd;

/// <summary>The garbled sample through the real binary under tmux: import summary, a guess changed with c and v, accepted.</summary>
public sealed class GuessEndToEndTests : IDisposable
{
    private readonly ReviewRun _run = new(Sample.Corpus);

    public void Dispose() => _run.Dispose();

    [Fact]
    public void A_changed_guess_is_exported_as_an_edit_with_the_alternative_in_place()
    {
        var original = JsonDocument.Parse(File.ReadLines(_run.CorpusPath).First()).RootElement.GetProperty("id").GetString()!;
        string summary;
        using (var tmux = _run.Open(80, 24))
        {
            tmux.WaitFor(original);
            tmux.WaitFor("repaired from");
            tmux.Keys("c");
            tmux.WaitFor("guess 1 of");
            tmux.Keys("v");
            var shown = tmux.WaitFor("instead of");
            tmux.Keys("a");
            tmux.WaitFor("arxiv-ko-0002");
            tmux.Keys("q");
            summary = tmux.WaitFor("REVIEW-EXITED-0");
            Assert.Contains("guess 1 of", shown);
        }

        var rows = _run.Export();
        var row = rows[original];
        var alternative = FirstAlternative(original);

        Assert.Contains("repaired from", summary);
        Assert.Equal("edited", row.GetProperty("status").GetString());
        Assert.Equal(alternative, row.GetProperty("target").GetString());
        Assert.Equal("pending", rows["arxiv-ko-0002"].GetProperty("status").GetString());
        Assert.Contains(CheckedBy(), check => check != EncodingFindings.CheckId);
    }

    /// <summary>The checks that left findings: open imports with the checks on, as import does.</summary>
    private IEnumerable<string> CheckedBy()
    {
        using var store = ReviewStore.Open(_run.DatabasePath);
        return store.Stats().FindingsByCheck.Keys.ToList();
    }

    /// <summary>The stored repaired target with its first guess replaced by that guess's first alternative.</summary>
    private string FirstAlternative(string id)
    {
        using var store = ReviewStore.Open(_run.DatabasePath);
        var pair = store.FindByExternalId(id)!;
        var guess = RepairJson.ParseGuesses(pair.RepairJson)[0];
        return pair.Target[..guess.Offset] + guess.Alternatives[0] + pair.Target[(guess.Offset + guess.Length)..];
    }
}
