using System.Diagnostics;
using Review.Cli.Screen;
using InProcess = Review.Cli.Tests.Commands.Cli;
using Review.Core.Pairs;
using Review.Core.Text;
using Review.Terminal.Input;

namespace Review.Cli.Tests.Screen;

/// <summary>
/// The edit prompt keeps XLIFF inline codes whole, through the real loop, store and renderer: a code
/// is one step for the cursor, a delete takes it (and its partner) whole, typing never lands inside
/// it, undo brings it back, and an edited pair exports as XLIFF that xmllint validates.
/// </summary>
public sealed class InlineCodeEditorTests : IDisposable
{
    private const string Xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="ui.properties" source-language="en" target-language="ko" datatype="plaintext">
            <body>
              <trans-unit id="open">
                <source>Click <g id="1" ctype="bold">Open</g> to see the <x id="2"/> files.</source>
                <target state="translated"><g id="1" ctype="bold">열기</g>를 눌러 <x id="2"/> 파일을 보세요.</target>
              </trans-unit>
              <trans-unit id="save">
                <source>Press <g id="1" ctype="bold">Save</g> now.</source>
                <target state="translated"><g id="1" ctype="bold">저장</g>을 지금 누르세요.</target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """;

    private static readonly KeyEvent Home = new(Key.Home);
    private static readonly KeyEvent Right = new(Key.Right);
    private static readonly KeyEvent Left = new(Key.Left);
    private static readonly KeyEvent Delete = new(Key.Delete);
    private static readonly KeyEvent Backspace = new(Key.Backspace);
    private static readonly KeyEvent Undo = KeyEvent.Char("z", Modifiers.Ctrl);
    private static readonly KeyEvent Save = KeyEvent.Char("s", Modifiers.Ctrl);

    private static readonly string G1 = InlineCodes.Code("g1");
    private static readonly string EndG1 = InlineCodes.Code("/g1");
    private static readonly string X2 = InlineCodes.Code("x2");

    private readonly TempFolder _folder = new();

    public InlineCodeEditorTests()
    {
        File.WriteAllText(_folder.File("ui.xlf"), Xliff);
        var import = InProcess.Run("import", _folder.File("ui.xlf"), "--db", DatabasePath, "--no-checks");
        Assert.True(import.Exit == 0, import.Error);
    }

    private string DatabasePath => _folder.File("ui.review.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(40, 12)]
    public void The_cursor_steps_over_a_code_in_one_move(int width, int height)
    {
        using var screen = new ScreenHarness(DatabasePath, width, height);
        screen.Keys("e").Send(Home);
        var editor = screen.Loop.State.Editor!;
        Assert.Equal($"{G1}열기{EndG1}를 눌러 {X2} 파일을 보세요.", editor.Text);
        var (x, y) = (screen.Terminal.CursorX, screen.Terminal.CursorY);

        screen.Send(Right);

        Assert.Equal(G1.Length, editor.Column);
        Assert.Equal((x + "⟦g1⟧".Length, y), (screen.Terminal.CursorX, screen.Terminal.CursorY));
        var row = screen.Screen.Split('\n')[y];
        Assert.Contains("⟦g1⟧열기⟦/g1⟧를 눌러", row);
        Assert.DoesNotContain(InlineCodes.Open, screen.Screen);
        for (var cell = x; cell < x + "⟦g1⟧".Length; cell++)
        {
            Assert.Equal(Theme.Default.InlineCode.Foreground, screen.Terminal.StyleAt(cell, y).Foreground);
        }

        screen.Send(Right, Right, Right);
        Assert.Equal(G1.Length + "열기".Length + EndG1.Length, editor.Column);
        screen.Send(Left);
        Assert.Equal(G1.Length + "열기".Length, editor.Column);
        screen.Send(Left, Left, Left);
        Assert.Equal((0, x), (editor.Column, screen.Terminal.CursorX));
    }

    [Fact]
    public void Delete_takes_a_code_and_its_partner_whole_and_undo_brings_them_back()
    {
        using var screen = new ScreenHarness(DatabasePath, 80, 24);
        screen.Keys("e").Send(Home);
        var editor = screen.Loop.State.Editor!;
        var original = editor.Text;

        screen.Send(Delete);

        Assert.Equal($"열기를 눌러 {X2} 파일을 보세요.", editor.Text);
        Assert.Equal(0, editor.Column);
        Assert.Contains("열기를 눌러 ⟦x2⟧ 파일을 보세요.", screen.Screen);
        Assert.DoesNotContain("g1", screen.Screen.Split('\n').Single(r => r.Contains("열기를", StringComparison.Ordinal)));

        screen.Send(Undo);

        Assert.Equal(original, editor.Text);
        Assert.Contains("⟦g1⟧열기⟦/g1⟧를 눌러 ⟦x2⟧ 파일을 보세요.", screen.Screen);
    }

    [Fact]
    public void Backspace_after_a_code_removes_it_whole_and_a_closing_code_takes_its_opening_one()
    {
        using var screen = new ScreenHarness(DatabasePath, 80, 24);
        screen.Keys("e").Send(Home);
        var editor = screen.Loop.State.Editor!;
        var afterX2 = editor.Text.IndexOf(X2, StringComparison.Ordinal) + X2.Length;
        while (editor.Column < afterX2)
        {
            screen.Send(Right);
        }
        Assert.Equal(afterX2, editor.Column);

        screen.Send(Backspace);
        Assert.Equal($"{G1}열기{EndG1}를 눌러  파일을 보세요.", editor.Text);

        screen.Send(Home, Right, Right, Right, Right, Backspace);
        Assert.Equal("열기를 눌러  파일을 보세요.", editor.Text);
        Assert.Equal("열기".Length, editor.Column);
        Assert.Contains("열기를 눌러  파일을 보세요.", screen.Screen);
    }

    [Fact]
    public void Typing_and_word_moves_never_land_inside_a_code()
    {
        using var screen = new ScreenHarness(DatabasePath, 80, 24);
        screen.Keys("e").Send(Home);
        var editor = screen.Loop.State.Editor!;

        screen.Send(new KeyEvent(Key.Right, Modifiers.Ctrl));
        Assert.False(InsideACode(editor.Text, editor.Column), $"a word move stopped inside a code at {editor.Column}");
        screen.Send(Home, Right).Keys("새 ");
        screen.Send(new PasteEvent($"{InlineCodes.Open}x9{InlineCodes.Close}!"));

        Assert.Equal($"{G1}새 x9!열기{EndG1}를 눌러 {X2} 파일을 보세요.", editor.Text);
        Assert.Contains("⟦g1⟧새 x9!열기⟦/g1⟧", screen.Screen);
        screen.Send(KeyEvent.Char("w", Modifiers.Ctrl), KeyEvent.Char("w", Modifiers.Ctrl), KeyEvent.Char("w", Modifiers.Ctrl));
        Assert.Equal($"열기를 눌러 {X2} 파일을 보세요.", editor.Text);
    }

    [Fact]
    public void Edited_pairs_export_as_xliff_that_the_schema_accepts()
    {
        using (var screen = new ScreenHarness(DatabasePath, 80, 24))
        {
            screen.Keys("e").Send(Home, Right).Keys("새 ").Send(Save);
            Assert.Equal(PairStatus.Edited, screen.Store.StatusOf(new PairId(1)));
            Assert.Contains("pair 2 of 2", screen.Screen);
            screen.Keys("e").Send(Home, Delete, Save);
            Assert.Equal(PairStatus.Edited, screen.Store.StatusOf(new PairId(2)));
        }

        var export = InProcess.Run("export", "--db", DatabasePath, "--out", _folder.File("out.xlf"));
        Assert.True(export.Exit == 0, export.Error);
        var xml = File.ReadAllText(_folder.File("out.xlf"));
        Assert.Contains("<g id=\"1\" ctype=\"bold\">새 열기</g>를 눌러 <x id=\"2\"/> 파일을 보세요.</target>", xml);
        Assert.Contains(">저장을 지금 누르세요.</target>", xml);
        AssertValidXliff12(_folder.File("out.xlf"));
    }

    private static bool InsideACode(string text, int column) =>
        text[..column].Count(c => c == InlineCodes.Open) > text[..column].Count(c => c == InlineCodes.Close);

    private static void AssertValidXliff12(string path)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Review.sln")))
        {
            folder = folder.Parent;
        }
        var schema = Path.Combine(folder!.FullName, "tests", "Review.Core.Tests", "Formats", "Data", "xliff-schemas", "xliff-core-1.2-transitional.xsd");
        using var xmllint = Process.Start(new ProcessStartInfo("xmllint", ["--noout", "--nonet", "--schema", schema, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = xmllint.StandardError.ReadToEnd();
        xmllint.StandardOutput.ReadToEnd();
        xmllint.WaitForExit();
        Assert.True(xmllint.ExitCode == 0, $"xmllint rejects {path}: {error}");
    }
}
