using Review.Core.Checks;
using Review.Core.Formats;
using Review.Storage.Sqlite;

namespace Review.Cli.Tests.Screen;

/// <summary>A small English-Korean corpus in a real SQLite file in a temporary folder.</summary>
internal sealed class KoreanCorpus : IDisposable
{
    public static readonly (string Id, string Source, string Target, string? Suggestion)[] Pairs =
    [
        ("ko-0001", "The model was trained on 3 billion tokens [12].", "모델은 30억 개의 토큰으로 학습되었다.", "모델은 30억 개의 토큰으로 학습되었다 [12]."),
        ("ko-0002", "We release the code and the data.", "우리는 코드와 데이터를 공개한다.", null),
        ("ko-0003", "Results improve by 4.5% on average.", "결과는 평균적으로 개선된다.", "결과는 평균 4.5% 개선된다."),
        ("ko-0004", "Fine-tuning takes two hours on one GPU.", "미세 조정은 GPU 한 대에서 두 시간이 걸린다.", null),
        ("ko-0005", "See Section 4 for details.", "자세한 내용은 4절을 참조하라.", "자세한 내용은 4절을 참고하라."),
    ];

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "review-screen-" + Guid.NewGuid().ToString("N"));

    public KoreanCorpus(int copies = 1)
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "corpus.review.db");
        using var store = ReviewStore.Open(Path);
        using var batch = store.BeginImport("corpus.jsonl", Guid.NewGuid().ToString("N"), "jsonl", "en", "ko");
        var line = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var (id, source, target, suggestion) in Pairs)
            {
                line++;
                var externalId = copies == 1 ? id : $"{id}-{copy}";
                var findings = id == "ko-0001" ? CitationFinding() : null;
                batch.Add(new NewPair(new PairRecord(line, externalId, source, target, suggestion, null), Findings: findings));
            }
        }
        batch.Commit();
    }

    public string Path { get; }

    public string Folder => _folder;

    public ReviewStore Open() => ReviewStore.Open(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static IReadOnlyList<Finding> CitationFinding() =>
        [new Finding("citation", Severity.Error, "citation [12] in source is missing from target", [new TextSpan(42, 4)], [])];
}
