namespace Review.Cli.Screen;

/// <summary>What keys go to: the keymap (Browse), the inline editor, a one-line prompt, or the help overlay.</summary>
public enum ScreenMode
{
    Browse,
    Edit,
    Prompt,
    Help,
}
