using System.Diagnostics;
using System.Text;
using Review.Terminal.Drivers;

namespace Review.Cli.Screen;

/// <summary>
/// Runs $VISUAL or $EDITOR (then vi) on a temporary file holding the target, with the terminal
/// left for the editor and entered again afterwards, whatever happened.
/// </summary>
internal sealed class ExternalEditor(Func<string, string?> environment)
{
    public ExternalEditFinished Edit(ITerminal terminal, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"review-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        terminal.Leave();
        try
        {
            var command = Command();
            using var process = Process.Start(StartInfo(command, path));
            if (process is null)
            {
                return new ExternalEditFinished(null, $"could not start the editor '{command}'");
            }
            process.WaitForExit();
            return process.ExitCode == 0
                ? new ExternalEditFinished(File.ReadAllText(path, Encoding.UTF8), null)
                : new ExternalEditFinished(null, $"the editor exited with status {process.ExitCode}: nothing saved");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ExternalEditFinished(null, $"could not start the editor: {e.Message} (set $EDITOR)");
        }
        finally
        {
            terminal.Enter();
            File.Delete(path);
        }
    }

    private string Command() =>
        new[] { environment("VISUAL"), environment("EDITOR") }.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e)) ?? "vi";

    // $EDITOR may carry arguments ("code -w", "nano -L"); split on spaces as shells would for simple cases.
    private static ProcessStartInfo StartInfo(string command, string path)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(words[0]) { UseShellExecute = false };
        foreach (var word in words.Skip(1))
        {
            start.ArgumentList.Add(word);
        }
        start.ArgumentList.Add(path);
        return start;
    }
}
