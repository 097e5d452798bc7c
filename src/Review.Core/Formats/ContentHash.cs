using System.Security.Cryptography;

namespace Review.Core.Formats;

/// <summary>SHA-256 of an input's bytes (both files for Moses), which identifies a re-import of the same content.</summary>
public static class ContentHash
{
    public static string Of(IReadOnlyList<string> paths)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            using var file = PairReaders.OpenFile(path);
            all.AppendData(SHA256.HashData(file));
        }
        return "sha256:" + Convert.ToHexStringLower(all.GetHashAndReset());
    }
}
