namespace Review.Terminal.Widgets;

/// <summary>A key and what it does, as shown in the hint bar (e.g. "a" "accept").</summary>
public sealed record KeyHint(string Key, string Label);
