using Review.Core.Ports;
using Review.Core.Storage;

namespace Review.Cli.Commands;

/// <summary>Opens a database that must already exist: export and stats never create an empty one by mistake.</summary>
internal static class ExistingStore
{
    public static ReviewStore Open(string path, StoreOptions? options = null) =>
        File.Exists(path)
            ? ReviewStore.Open(path, options ?? StoreOptions.Default)
            : throw new StoreException($"{path}: no such database (create one with review import)");
}
