namespace Review.Terminal.Buffers;

/// <summary>How a cell is drawn: foreground, background and attributes.</summary>
public readonly record struct Style(Color Foreground, Color Background, Attributes Attributes = Attributes.None)
{
    public static Style Default => default;

    public Style WithForeground(Color color) => this with { Foreground = color };

    public Style WithBackground(Color color) => this with { Background = color };

    public Style With(Attributes attributes) => this with { Attributes = Attributes | attributes };

    public Style Without(Attributes attributes) => this with { Attributes = Attributes & ~attributes };

    public bool Has(Attributes attributes) => (Attributes & attributes) == attributes;

    /// <summary>This style drawn over <paramref name="under"/>: its own colours win unless default; attributes add up.</summary>
    public Style Over(Style under) => new(
        Foreground.Kind == ColorKind.Default ? under.Foreground : Foreground,
        Background.Kind == ColorKind.Default ? under.Background : Background,
        Attributes | under.Attributes);

    /// <summary>
    /// The style for text the sanitizer made up (<c>^[</c>, <c>⟨RLO⟩</c>): reverse video, flipped
    /// rather than set so an escape stays visible on an already reversed (selected) line.
    /// </summary>
    public Style ForEscape() => this with { Attributes = Attributes ^ Attributes.Reverse };

    public override string ToString() =>
        $"fg={Foreground} bg={Background}" + (Attributes == Attributes.None ? string.Empty : $" {Attributes}");
}
