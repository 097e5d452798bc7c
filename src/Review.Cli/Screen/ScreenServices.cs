using Review.Core.Checks;
using Review.Terminal.Output;

namespace Review.Cli.Screen;

/// <summary>
/// What the loop needs besides the terminal and the store. Tests pass their own clock; the
/// benchmark turns the renderer's diff off to measure a full redraw.
/// </summary>
public sealed record ScreenServices(ReviewView View, Keymap Keymap, TimeProvider Clock, Func<string, string?> Environment, TimeSpan Lease)
{
    public RendererOptions? Rendering { get; init; }

    /// <summary>The check settings for rerunning the checks after an edit; null reads them next to the database when first needed.</summary>
    public CheckConfig? Checks { get; init; }

    // Renewed every third of it while the pair is on screen, and released on quit and hang-up; a
    // killed process keeps its pair from colleagues for at most this long.
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(30);

    public static ScreenServices Create(TimeProvider? clock = null, Func<string, string?>? environment = null, Keymap? keymap = null)
    {
        keymap ??= Keymap.Default;
        var view = new ReviewView(keymap, Theme.Default);
        return new ScreenServices(view, keymap, clock ?? TimeProvider.System, environment ?? System.Environment.GetEnvironmentVariable, DefaultLease);
    }
}
