using Review.Core.Checks;
using Review.Terminal.Buffers;

namespace Review.Cli.Screen;

/// <summary>Spans to mark in a pane's text and the style laid over them; later layers lie on top.</summary>
internal sealed record HighlightLayer(IReadOnlyList<TextSpan> Spans, Style Style);
