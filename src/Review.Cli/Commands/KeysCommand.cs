using System.CommandLine;
using System.Globalization;
using System.Text;
using Review.Cli.Screen;
using Review.Terminal.Drivers;
using Review.Terminal.Input;
using Review.Terminal.Output;

namespace Review.Cli.Commands;

/// <summary>
/// `review keys`: like showkey, prints the raw bytes of each read and the events they decode to,
/// so an annotator whose terminal sends something odd can see what review receives. Quits on `q`
/// pressed twice in a row, or after a spell with no input (10 s by default). With <c>--list</c> it
/// prints the bindings in effect instead: the keymap with every keys.toml applied.
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var idle = new Option<int>("--idle-seconds")
        {
            Description = "Quit after this many seconds without input",
            DefaultValueFactory = _ => 10,
        };
        var noMouse = new Option<bool>("--no-mouse") { Description = "Do not turn on mouse reporting" };
        var throwOnKey = new Option<string?>("--throw-on-key")
        {
            Description = "Crash with an unhandled exception when this key is typed (tests the terminal restore)",
            Hidden = true,
        };
        var list = new Option<bool>("--list") { Description = "Print the key bindings in effect (keys.toml included) and exit" };
        var db = new Option<string?>("--db") { Description = "With --list: also apply the keys.toml beside this database (default: REVIEW_DB)" };
        var command = new Command("keys", "Show the decoded events (and raw bytes) for each key you press; q twice quits");
        command.Options.Add(idle);
        command.Options.Add(noMouse);
        command.Options.Add(throwOnKey);
        command.Options.Add(list);
        command.Options.Add(db);
        command.SetAction(parseResult => parseResult.GetValue(list)
            ? UserErrors.Run(parseResult.InvocationConfiguration.Error, () => List(
                parseResult.GetValue(db) ?? Environment.GetEnvironmentVariable("REVIEW_DB"), parseResult.InvocationConfiguration.Output))
            : Run(
            TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(idle))),
            !parseResult.GetValue(noMouse),
            parseResult.GetValue(throwOnKey)));
        return command;
    }

    private static int List(string? databasePath, TextWriter output)
    {
        var keymap = KeymapFiles.Load(databasePath is null ? null : StoreFactory.SettingsAnchor(databasePath), Environment.GetEnvironmentVariable);
        var modeWidth = keymap.Bindings.Max(b => KeyNames.Of(b.Mode).Length);
        var nameWidth = keymap.Bindings.Max(b => b.Name.Length);
        foreach (var binding in keymap.Bindings)
        {
            output.WriteLine($"{KeyNames.Of(binding.Mode).PadRight(modeWidth)}  {binding.Name.PadRight(nameWidth)}  {binding.KeysLabel}");
        }
        return 0;
    }

    private static int Run(TimeSpan idle, bool mouse, string? throwOnKey)
    {
        var reads = new Queue<byte[]>();
        ITerminal terminal;
        try
        {
            terminal = TerminalFactory.Create(new TerminalOptions(Mouse: mouse, RawInputObserver: reads.Enqueue));
        }
        catch (TerminalNotSupportedException e)
        {
            Console.Error.WriteLine($"review keys: {Sanitizer.ToDisplayString(e.Message)}");
            return 2;
        }

        bool quitByKey;
        using (terminal)
        {
            terminal.Enter();
            terminal.Write("\e[H\e[2J"u8);
            Print(terminal, $"review keys: press keys to see what review receives. q twice quits; {idle.TotalSeconds:0} s idle quits.");
            Print(terminal, "Ctrl+C is an ordinary key here; Ctrl+Z suspends (fg resumes).");
            quitByKey = Loop(terminal, reads, idle, throwOnKey);
        }

        if (!quitByKey)
        {
            Console.Error.WriteLine($"review keys: no input for {idle.TotalSeconds:0} s, stopped.");
        }

        return 0;
    }

    /// <summary>Shows events until q q (true) or until nothing arrived for <paramref name="idle"/> (false).</summary>
    private static bool Loop(ITerminal terminal, Queue<byte[]> reads, TimeSpan idle, string? throwOnKey)
    {
        var lastWasQ = false;
        while (terminal.ReadEvent(idle) is { } next)
        {
            while (reads.TryDequeue(out var chunk))
            {
                Print(terminal, $"read  {Hex(chunk)}");
            }

            Print(terminal, $"      {Describe(next)}");
            if (next is KeyEvent { Key: Key.Char } key && key.Text == throwOnKey)
            {
                CrashUncaught();
            }

            var isQ = next is KeyEvent { Key: Key.Char, Modifiers: Modifiers.None, Text: "q" };
            if (isQ && lastWasQ)
            {
                return true;
            }

            lastWasQ = isQ;
        }

        return false;
    }

    // Thrown on its own thread so no handler anywhere can catch it: this is the crash path the
    // terminal restore must survive, not an error report.
    private static void CrashUncaught()
    {
        var thread = new Thread(() => throw new InvalidOperationException("review keys: crash requested by --throw-on-key"));
        thread.Start();
        thread.Join();
    }

    private static void Print(ITerminal terminal, string line) =>
        terminal.Write(Encoding.UTF8.GetBytes(Sanitizer.ToDisplayString(line) + "\r\n"));

    private static string Hex(byte[] bytes) => string.Join(" ", bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    private static string Describe(TerminalEvent e) => e switch
    {
        KeyEvent { Key: Key.Char } k => $"key {ModifierPrefix(k.Modifiers)}'{k.Text}' (U+{char.ConvertToUtf32(k.Text ?? " ", 0):X4})",
        KeyEvent k => $"key {ModifierPrefix(k.Modifiers)}{k.Key}",
        PasteEvent p => $"paste {p.Text.Length} chars: {p.Text}",
        MouseEvent m => $"mouse {ModifierPrefix(m.Modifiers)}{m.Action} button {m.Button} at {m.X},{m.Y}",
        ResizeEvent r => $"resize {r.Width}x{r.Height}",
        FocusEvent f => f.Focused ? "focus in" : "focus out",
        _ => e.ToString() ?? "",
    };

    private static string ModifierPrefix(Modifiers modifiers) =>
        string.Concat(new[] { Modifiers.Ctrl, Modifiers.Alt, Modifiers.Shift }
            .Where(m => modifiers.HasFlag(m))
            .Select(m => m + "+"));
}
