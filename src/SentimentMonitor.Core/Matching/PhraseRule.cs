using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Matching;

/// <summary>A framed normalised phrase (see <see cref="NormalizedWords"/>) that signals a publication.</summary>
internal sealed record PhraseRule(int Publication, MatchKind Kind, string Phrase);
