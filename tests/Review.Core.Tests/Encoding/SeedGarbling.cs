using Review.Core.Encoding;

namespace Review.Core.Tests.Encoding;

/// <summary>Garbles clean text as the sample corpus was garbled, once or twice over.</summary>
internal static class SeedGarbling
{
    public static string Garble(string clean, CodePage page) => RepairAccuracy.Garble(clean, page);

    public static string GarbleTwice(string clean, CodePage page) => Garble(Garble(clean, page), page);
}
