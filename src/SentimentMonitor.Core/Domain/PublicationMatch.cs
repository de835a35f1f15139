namespace SentimentMonitor.Core.Domain;

/// <summary>One reason a post cites a publication: how it matched and the text or link that matched.</summary>
public sealed record PublicationMatch(string PublicationKey, MatchKind Kind, string Evidence);
