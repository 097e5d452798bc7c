using System.Text;
using Review.Core.Agreement;
using Review.Core.Pairs;

namespace Review.Core.Formats;

/// <summary>
/// The <c>decisions</c> array of a JSONL record exported with <c>--with-decisions</c>: each
/// annotator's current decision (by name), then the adjudication if there is one, each as
/// <c>{"annotator","kind","text","at","adjudicated"}</c>. Texts are escaped as the rest of the record is.
/// </summary>
public static class TeamDecisionsJson
{
    public static string Of(PairDecisions decisions)
    {
        var json = new StringBuilder("[");
        var all = decisions.Adjudication is { } final ? decisions.Annotations.Append(final) : decisions.Annotations;
        foreach (var decision in all)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }
            json.Append("{\"annotator\":").Append(JsonStrings.Quote(decision.Annotator))
                .Append(",\"kind\":").Append(JsonStrings.Quote(PairNames.Of(decision.Kind)))
                .Append(",\"text\":").Append(decision.FinalTarget is { } text ? JsonStrings.Quote(text) : "null")
                .Append(",\"at\":").Append(JsonStrings.Quote(DecisionTime.Write(decision.At)))
                .Append(",\"adjudicated\":").Append(decision.Role == DecisionRole.Adjudication ? "true" : "false")
                .Append('}');
        }
        return json.Append(']').ToString();
    }
}
