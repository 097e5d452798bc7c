namespace Review.Core.Encodings;

/// <summary>
/// What a column sample looks like: garbled by <see cref="Scheme"/>, or clean (<c>null</c>).
/// <see cref="Confidence"/> (0-1) is the share of the sample's non-ASCII values that agree.
/// </summary>
public sealed record EncodingDetection(GarbleScheme? Scheme, double Confidence, int Sampled, int Agreeing);
