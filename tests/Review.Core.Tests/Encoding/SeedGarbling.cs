using Review.Core.Encodings;

namespace Review.Core.Tests.Encodings;

/// <summary>Garbles clean text as the sample corpus was garbled, once or twice over.</summary>
internal static class SeedGarbling
{
    public static string Garble(string clean, CodePage page) => RepairAccuracy.Garble(clean, page);

    /// <summary>Garbles with a decoder that keeps undefined bytes as C1 controls, so no byte is lost.</summary>
    public static string GarbleLosslessly(string clean, CodePage page) =>
        page.Decode(System.Text.Encoding.UTF8.GetBytes(clean), keepUndefined: true);

    public static string GarbleTwice(string clean, CodePage page) => GarbleLosslessly(GarbleLosslessly(clean, page), page);
}
