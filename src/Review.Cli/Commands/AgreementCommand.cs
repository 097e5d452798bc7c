using System.CommandLine;
using Review.Core.Agreement;

namespace Review.Cli.Commands;

/// <summary><c>review agreement --db PATH [--json]</c>: how far the annotators of one corpus agree, with the counts behind each figure.</summary>
internal static class AgreementCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The review database", Required = true };
        var json = new Option<bool>("--json") { Description = "One JSON object: annotators, alpha, annotator_pairs (kappa, edits), edits" };
        var command = new Command("agreement",
            "Inter-annotator agreement: Krippendorff's alpha over the decision kinds, Cohen's kappa per pair of annotators, similarity of edited texts");
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            return UserErrors.Run(parse.InvocationConfiguration.Error, () =>
            {
                using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
                var report = AgreementAnalysis.Of(store.HistoryInCorpusOrder());
                if (parse.GetValue(json))
                {
                    output.WriteLine(AgreementJson.Of(report));
                }
                else
                {
                    AgreementText.Write(output, report);
                }
                return 0;
            }, parse.GetValue(db));
        });
        return command;
    }
}
