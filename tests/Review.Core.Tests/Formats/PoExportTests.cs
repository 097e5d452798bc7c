using Review.Core.Formats;
using Review.Core.Pairs;
using Review.Core.Ports;
using Review.Core.Session;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

public sealed class PoExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("apt-ko.po")]
    [InlineData("apt-zh_CN.po")]
    [InlineData("gdk-pixbuf-ko.po")]
    [InlineData("gdk-pixbuf-zh_CN.po")]
    [InlineData("features.po")]
    public void An_untouched_catalog_comes_back_as_msgcat_normalises_it(string name)
    {
        var original = PoPeers.Data(name);
        using var store = Import(original);
        var exported = Export(store, "out.po");

        Assert.Equal(PoPeers.Msgcat(original), PoPeers.Msgcat(exported));
        PoPeers.AssertMsgfmtAccepts(exported);
        Assert.Equal(PoPeers.ReadWithToolkit(original), PoPeers.ReadWithToolkit(exported));
    }

    [Fact]
    public void Decisions_become_msgstr_and_clear_fuzzy_and_a_rejected_pair_is_untranslated()
    {
        using var store = Import(PoPeers.Data("features.po"));
        store.Decide(new PairId(1), DecisionKind.Edit, "반갑습니다, %s 님!", "ana");
        store.Decide(new PairId(2), DecisionKind.Reject, null, "ana", "wrong sense");
        store.Decide(new PairId(9), DecisionKind.Accept, null, "ana");
        // One form of the fuzzy plural decided, the other left: the entry stays fuzzy.
        store.Decide(new PairId(4), DecisionKind.Edit, "파일 %d개를 삭제했습니다", "ana");
        var exported = Export(store, "out.po");

        PoPeers.AssertMsgfmtAccepts(exported);
        var units = PoPeers.ReadWithToolkit(exported).ToDictionary(u => (u.Context, u.Source));
        Assert.Equal(("반갑습니다, %s 님!", false), (units[("", "Hello, %s!")].Target, units[("", "Hello, %s!")].Fuzzy));
        Assert.Equal(("", false), (units[("menu", "Open")].Target, units[("menu", "Open")].Fuzzy));
        Assert.Equal(("저장하기", false), (units[("", "Save")].Target, units[("", "Save")].Fuzzy));
        Assert.True(units[("", "Removed %d file")].Fuzzy);
        var text = File.ReadAllText(exported);
        Assert.Contains("msgstr[0] \"파일 %d개를 삭제했습니다\"\nmsgstr[1] \"파일 %d개를 지웠습니다\"\n", text);
        Assert.Contains("#| msgid \"Deleted %d file\"", text);
    }

    [Fact]
    public void A_rejected_pair_can_stay_as_a_fuzzy_translation()
    {
        using var store = Import(PoPeers.Data("features.po"));
        store.Decide(new PairId(2), DecisionKind.Reject, null, "ana");
        var exported = Export(store, "out.po", PoRejected.Fuzzy);

        PoPeers.AssertMsgfmtAccepts(exported);
        var menu = PoPeers.ReadWithToolkit(exported).Single(u => u.Context == "menu");
        Assert.Equal(("열기", true), (menu.Target, menu.Fuzzy));
    }

    [Fact]
    public void Pairs_from_another_format_get_their_id_as_msgctxt_so_repeated_sources_stay_apart()
    {
        var jsonl = _folder.Write("in.jsonl",
            "{\"id\":\"a\",\"source\":\"Yes\",\"target\":\"예\"}\n{\"id\":\"b\",\"source\":\"Yes\",\"target\":\"네\\n그래요\"}\n");
        using var store = ReviewStore.Open(_folder.File("j.db"));
        new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Jsonl, [jsonl]));
        var exported = Export(store, "out.po");

        PoPeers.AssertMsgfmtAccepts(exported);
        Assert.Equal([("a", "Yes", "예", false), ("b", "Yes", "네\n그래요", false)], PoPeers.ReadWithToolkit(exported));
        Assert.Contains("\"Language: ko\\n\"", File.ReadAllText(exported));
    }

    [Theory]
    [InlineData("adduser-ko-euckr.po")]
    [InlineData("xdg-user-dirs-zh_CN-gb18030.po")]
    public void A_catalog_in_another_charset_comes_back_in_utf8_with_the_same_messages(string name)
    {
        var original = PoPeers.Data(name);
        using var store = Import(original);
        var exported = Export(store, "out.po");

        Assert.Contains("charset=UTF-8", File.ReadAllText(exported));
        Assert.Equal(PoPeers.Msgcat(original, toUtf8: true), PoPeers.Msgcat(exported));
        PoPeers.AssertMsgfmtAccepts(exported);
    }

    private ReviewStore Import(string path)
    {
        var store = ReviewStore.Open(_folder.File(Path.GetFileNameWithoutExtension(path) + ".db"));
        new PairImporter(store, ImportRequest.Default).Import(new ImportInput(PairFormat.Po, [path]));
        return store;
    }

    private string Export(ReviewStore store, string name, PoRejected rejected = PoRejected.Untranslated)
    {
        PairExporter.Export(store.ExportRows(null), new ExportRequest(_folder.File(name), PairFormat.Po, false) { PoRejected = rejected });
        return _folder.File(name);
    }
}
