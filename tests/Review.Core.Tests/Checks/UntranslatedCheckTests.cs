using Review.Core.Checks;

namespace Review.Core.Tests.Checks;

public class UntranslatedCheckTests
{
    [Theory]
    [InlineData("We train large language models on web data.", "우리는 웹 데이터로 대규모 언어 모델을 학습한다.", "ko", false)]
    [InlineData("We use FlashAttention in a custom codebase.", "우리는 custom codebase에서 FlashAttention을 사용한다.", "ko", false)]
    [InlineData("We train large language models on web data.", "我们在网络数据上训练大型语言模型。", "zh", false)]
    [InlineData("We train large language models on web data.", "ウェブデータで大規模言語モデルを訓練する。", "ja", false)]
    [InlineData("GPT-4", "GPT-4", "ko", false)]
    [InlineData("We train large language models on web data.", "ì¸í„°ë„·ì˜ í™•ì‚°ìœ¼ë¡œ ì¸í•´ ë‹¤ì–‘í•œ", "ko", false)]
    [InlineData("We train large language models on web data.", "We train large language models on web data.", "ko", true)]
    [InlineData("We train large language models on web data.", "우리는 train large language models on web data.", "ko", true)]
    [InlineData("We train large language models on web data.", "We train large language models on web data.", "zh", true)]
    [InlineData("We train large language models on web data.", "We train large language models 上.", "ja", true)]
    [InlineData("We train large language models on web data.", "We train large language models on web data.", "de", true)]
    public void Reports_targets_still_in_the_source_language(string source, string target, string lang, bool fires) =>
        CheckRun.AssertFires(fires, new UntranslatedCheck(), source, target, lang);
}
