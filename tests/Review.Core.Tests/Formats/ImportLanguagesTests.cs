using System.Text.Json;
using Review.Core.Formats;
using Review.Core.Session;
using Review.Core.Tests.Encodings;
using Review.Storage.Sqlite;

namespace Review.Core.Tests.Formats;

/// <summary>
/// The target's script, read from real text (the committed gettext pairs, the arXiv sample, Japanese
/// adduser messages), and what the import does when it contradicts the languages.
/// </summary>
public sealed class ImportLanguagesTests : IDisposable
{
    /// <summary>msgstr lines of adduser's Japanese catalog (Debian's adduser 3.134, /usr/share/locale/ja).</summary>
    private static readonly string[] JapaneseTargets =
    [
        "グループ `%s' (グループ ID %d) を追加しています...\n",
        "新しいグループ `%s' (GID %d) を追加しています...\n",
        "新しいユーザ `%s' (UID %d) をグループ `%s' に追加しています...\n",
        "システムユーザ `%s' (UID %d) を追加しています...\n",
        "不審なユーザ名の使用を許可しています。\n",
        "削除されるファイルを %s にバックアップしています...\n",
        "特殊ファイル %s を操作できません\n",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("ko", Script.Hangul)]
    [InlineData("zh", Script.Han)]
    public void Every_run_of_30_real_gettext_targets_is_read_as_its_script(string language, Script script)
    {
        var targets = GettextPairs(language).Select(p => p.Target).ToList();
        Assert.True(targets.Count >= 100, $"only {targets.Count} {language} pairs");
        var wrong = Enumerable.Range(0, targets.Count - 30)
            .Where(start => WritingScripts.Dominant(targets.Skip(start).Take(30)) is var found && found != script && found != Script.None)
            .ToList();
        Assert.Empty(wrong);
        Assert.Equal(script, WritingScripts.Dominant(targets));
    }

    [Fact]
    public void Japanese_messages_and_english_sources_are_told_apart_and_short_texts_say_nothing()
    {
        var arxiv = File.ReadLines(ArxivSample).Take(50).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!);
        Assert.Equal(Script.Latin, WritingScripts.Dominant(arxiv));
        Assert.Equal(Script.Kana, WritingScripts.Dominant(JapaneseTargets));
        Assert.Equal(Script.None, WritingScripts.Dominant(["%s: %s", "파일", "--help"]));
    }

    /// <summary>The arXiv sample's Korean is partly mojibake (UTF-8 read as TIS-620 looks Thai): its
    /// script is read after the repair, so the sample stays en-ko without a word.</summary>
    [Fact]
    public void Garbled_korean_is_read_as_korean_once_repaired()
    {
        using var store = ReviewStore.Open(_folder.File("arxiv.db"));

        var result = new PairImporter(store, ImportRequest.Default with { Languages = new LanguagePair("en", "ko") })
            .Import(Input(ArxivSample));

        Assert.Equal("en-ko", result.Languages.ToString());
        Assert.DoesNotContain(result.Notes, n => n.Contains("script", StringComparison.Ordinal));
        using var unlabelled = ReviewStore.Open(_folder.File("arxiv-default.db"));
        Assert.Equal("en-ko", new PairImporter(unlabelled, ImportRequest.Default).Import(Input(ArxivSample)).Languages.ToString());
    }

    [Fact]
    public void Lang_that_contradicts_the_targets_script_is_refused_and_nothing_is_imported()
    {
        using var store = ReviewStore.Open(_folder.File("zh.db"));
        var request = ImportRequest.Default with { Languages = new LanguagePair("en", "ko") };

        var error = Assert.Throws<InputException>(() => new PairImporter(store, request).Import(Input(ChineseFile("source", "target"))));

        Assert.Contains("--lang en-ko says the targets are ko (Hangul), but the first", error.Message);
        Assert.Contains("written in Han (Chinese) script; pass --lang en-zh", error.Message);
        Assert.Empty(store.ExportRows(null));
    }

    [Fact]
    public void A_file_that_does_not_say_its_languages_gets_them_from_the_targets_script()
    {
        using var store = ReviewStore.Open(_folder.File("zh.db"));

        var result = new PairImporter(store, ImportRequest.Default).Import(Input(ChineseFile("source", "target")));

        Assert.Equal(new LanguagePair("en", "zh"), result.Languages);
        Assert.StartsWith("languages en-zh taken from the targets' script (Han (Chinese))", Assert.Single(result.Notes));
    }

    [Theory]
    [InlineData("zh_CN", "en-zh_CN")]
    [InlineData("zh-Hans", "en:zh-Hans")]
    public void Gettext_and_bcp47_keys_name_the_languages(string key, string expected)
    {
        using var store = ReviewStore.Open(_folder.File("keys.db"));

        var result = new PairImporter(store, ImportRequest.Default).Import(Input(ChineseFile("en", key)));

        Assert.Equal(expected, result.Languages.ToString());
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Keys_that_say_korean_over_chinese_text_are_kept_with_a_warning()
    {
        using var store = ReviewStore.Open(_folder.File("ko_KR.db"));

        var result = new PairImporter(store, ImportRequest.Default).Import(Input(ChineseFile("en", "ko_KR")));

        Assert.Equal("en-ko_KR", result.Languages.ToString());
        Assert.StartsWith("warning: the file says the targets are ko_KR (Hangul), but the first", Assert.Single(result.Notes));
    }

    [Fact]
    public void Korean_text_under_lang_en_ko_imports_without_a_note()
    {
        var lines = GettextPairs("ko").Take(40).Select(p => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["source"] = p.Source,
            ["target"] = p.Target,
        }));
        var path = _folder.Write("ko.jsonl", string.Join("\n", lines) + "\n");
        using var store = ReviewStore.Open(_folder.File("ko.db"));

        var result = new PairImporter(store, ImportRequest.Default with { Languages = new LanguagePair("en", "ko") }).Import(Input(path));

        Assert.Equal((40L, "en-ko"), (result.Imported, result.Languages.ToString()));
        Assert.Empty(result.Notes);
    }

    private static string ArxivSample => Path.Combine(RepoFiles.Root, "data", "arxiv-translator-ko.jsonl");

    private static ImportInput Input(string path) => new(PairFormat.Jsonl, [path]);

    /// <summary>The first 40 Chinese gettext pairs, under the given keys.</summary>
    private string ChineseFile(string sourceKey, string targetKey)
    {
        var lines = GettextPairs("zh").Take(40).Select(p => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [sourceKey] = p.Source,
            [targetKey] = p.Target,
        }));
        return _folder.Write($"{sourceKey}-{targetKey}.jsonl", string.Join("\n", lines) + "\n");
    }

    private static IEnumerable<(string Source, string Target)> GettextPairs(string language) =>
        File.ReadLines(Path.Combine(RepoFiles.Root, "tests", "Review.Core.Tests", "Checks", "Gettext", "gettext-pairs.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("lang").GetString() == language)
            .Select(r => (r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()!));
}
