using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Either a parsed record or a rejection, with the 1-based line it came from.</summary>
public sealed record ParseOutcome(long Line, ParsedRecord? Record, RejectedRecord? Rejected)
{
    public static ParseOutcome Ok(long line, ParsedRecord record) => new(line, record, null);
    public static ParseOutcome Fail(RejectedRecord rejected) => new(rejected.Line, null, rejected);
}
