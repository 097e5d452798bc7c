namespace Review.Core.Formats;

/// <summary>
/// Moves several complete files into place as one: Moses's <c>.src</c> and <c>.tgt</c> must never
/// be a new one beside an old one. Older files are first moved aside under temporary names, then
/// every new file is renamed into place; if any rename fails, the new files are taken back and the
/// older ones returned, so the folder holds either the whole old set or the whole new one.
/// </summary>
public static class AtomicFileSet
{
    public static void Commit(IReadOnlyList<AtomicFile> files, bool overwrite)
    {
        foreach (var file in files)
        {
            file.Complete();
        }
        var suffix = StaleTemps.NewSuffix;
        var asideOld = new List<(string Target, string Aside)>();
        var placed = new List<AtomicFile>();
        try
        {
            foreach (var file in files.Where(f => File.Exists(f.Path)))
            {
                if (!overwrite)
                {
                    throw new ExportException($"{file.Path} already exists; pass --force to replace it");
                }
                var aside = StaleTemps.NameFor(file.Path, suffix, StaleTemps.OldMark);
                MoveAside(file.Path, aside);
                asideOld.Add((file.Path, aside));
            }
            foreach (var file in files)
            {
                File.Move(file.TempPath, file.Path);
                placed.Add(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RollBack(placed, asideOld);
            throw new ExportException(FileFaults.Describe(files[placed.Count].Path, e, "move the export into place") + "; the older files were left as they were", e);
        }
        catch
        {
            RollBack(placed, asideOld);
            throw;
        }
        foreach (var file in files)
        {
            file.Committed = true;
        }
        foreach (var (_, aside) in asideOld)
        {
            File.Delete(aside);
        }
    }

    /// <summary>
    /// Where a rename is refused across devices (a mount point), .NET copies and then deletes; a copy
    /// whose original could not be deleted is removed again, so the original stays the only one.
    /// </summary>
    private static void MoveAside(string path, string aside)
    {
        try
        {
            File.Move(path, aside);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(path))
            {
                File.Delete(aside);
            }
            throw;
        }
    }

    private static void RollBack(List<AtomicFile> placed, List<(string Target, string Aside)> asideOld)
    {
        foreach (var file in placed)
        {
            File.Move(file.Path, file.TempPath);
        }
        foreach (var (target, aside) in asideOld)
        {
            File.Move(aside, target);
        }
    }
}
