namespace SentimentMonitor.Core.Domain;

/// <summary>A record that could not be read: where it was and why. Reported, counted, never fatal unless strict.</summary>
public sealed record RejectedRecord(string File, long Line, string Reason, string? Field = null)
{
    public override string ToString() => Field is null ? $"{File}:{Line}: {Reason}" : $"{File}:{Line}: {Field}: {Reason}";
}
