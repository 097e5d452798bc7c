namespace Review.Core.Text;

/// <summary>A run of plain text, or an inline code's label (<see cref="IsCode"/>), of a text cut by <see cref="InlineCodes.Split"/>.</summary>
public sealed record InlinePart(string Text, bool IsCode);
