namespace Review.Core.Session;

/// <summary>The order the queue walks in: corpus order, or pairs with errors, then warnings, first.</summary>
public enum QueueOrder
{
    Corpus,
    Findings,
}
