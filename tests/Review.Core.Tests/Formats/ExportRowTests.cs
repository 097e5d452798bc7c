using System.Text;
using Review.Core.Formats;
using Review.Core.Pairs;

namespace Review.Core.Tests.Formats;

public class ExportRowTests
{
    [Fact]
    public void Gives_back_every_field_it_was_built_from()
    {
        var at = new DateTimeOffset(2026, 11, 21, 13, 45, 6, 789, TimeSpan.Zero);
        var row = new ExportRow("p1", "", "목표 😀", PairStatus.Edited, "orig", null, "mina", at, "a note", "en", "ko", "{\"k\":1}");
        Assert.Equal(
            ("p1", "", "목표 😀", PairStatus.Edited, "orig", (string?)null, "mina", (DateTimeOffset?)at, "a note", "en", "ko", "{\"k\":1}"),
            (row.Id, row.Source, row.Target, row.Status, row.OriginalTarget, row.Suggestion, row.Annotator, row.DecidedAt, row.Note, row.SourceLang, row.TargetLang, row.MetadataJson));
        Assert.True(row.TryGetUtf8(ExportField.Target, out var target));
        Assert.Equal(Encoding.UTF8.GetBytes("목표 😀"), target.ToArray());
        Assert.True(row.TryGetUtf8(ExportField.DecidedAt, out var decided));
        Assert.Equal("2026-11-21T13:45:06.789Z", Encoding.UTF8.GetString(decided));
        Assert.True(row.TryGetUtf8(ExportField.Source, out var empty) && empty.IsEmpty);
        Assert.False(row.TryGetUtf8(ExportField.Suggestion, out _));
        Assert.True(row.IsNull(ExportField.Suggestion));
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_has_no_utf8_form_but_keeps_every_code_unit()
    {
        var row = new ExportRow("p1", "a\ud800b", "😀\udc00", PairStatus.Pending, "t", null, null, null, null, "en", "ko", null);
        Assert.False(row.TryGetUtf8(ExportField.Source, out _));
        Assert.Equal("a\ud800b", row.Source);
        Assert.Equal("😀\udc00", row.Target);
        Assert.False(row.IsNull(ExportField.Source));
    }
}
