using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class RepeatCheckTests
{
    [Theory]
    [InlineData("We train the model.", "우리는 모델을 학습한다.", "ko", false)]
    [InlineData("He had had enough.", "He had had enough.", "en", false)]
    [InlineData("New York New York is a song.", "New York New York은 노래다.", "ko", false)]
    [InlineData("more and more", "더 더 많이", "ko", false)]
    [InlineData("Look at it.", "看看这个。", "zh", false)]
    [InlineData("Various things.", "いろいろなこと。", "ja", false)]
    [InlineData("%1$s on %2$s", "%s %s", "ko", false)]
    [InlineData("Failed to fetch %s  %s", "无法下载 %s  %s", "zh", false)]
    [InlineData("It ends. Ends here.", "끝난다. 끝난다 여기서.", "ko", false)]
    [InlineData("We train the model.", "We train the the model.", "en", true)]
    [InlineData("We train the model.", "우리는 모델을 모델을 학습한다.", "ko", true)]
    [InlineData("We train the model on data.", "우리는 모델을 데이터로 모델을 데이터로 학습한다.", "ko", true)]
    [InlineData("We use the dataset.", "我们使用数据集数据集。", "zh", true)]
    [InlineData("We use the dataset.", "データセットデータセットを使う。", "ja", true)]
    public void Reports_doubled_words(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new RepeatCheck(), source, target, lang);

    /// <summary>Real software strings (ko and zh gettext catalogs): a repeat in the target that
    /// mirrors a word the source says twice.</summary>
    [Theory]
    [InlineData("control directory is not a directory", "컨트롤 디렉터리가 디렉터리가 아닙니다", "ko", false)]
    [InlineData("could not find function definition for function with OID %u", "找不到带有OID %u的函数的函数定义", "zh", false)]
    [InlineData("could not open control file", "컨트롤 파일을 파일을 열 수 없습니다", "ko", true)]
    public void In_software_strings(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new RepeatCheck(multiLine: false), source, target, lang);

    [Theory]
    [InlineData("우리는 모델을 모델을 학습한다.", "ko", "우리는 모델을 학습한다.")]
    [InlineData("We train the the model.", "en", "We train the model.")]
    [InlineData("우리는 모델을 데이터로 모델을 데이터로 학습한다.", "ko", "우리는 모델을 데이터로 학습한다.")]
    [InlineData("我们使用数据集数据集。", "zh", "我们使用数据集。")]
    public void Fix_removes_the_second_copy(string target, string lang, string fixedTarget)
    {
        var finding = Assert.Single(CheckRun.Of(new RepeatCheck(), "We train the model.", target, lang));
        Assert.Equal(fixedTarget, finding.SuggestedTarget);
    }
}
