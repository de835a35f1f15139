using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>What <see cref="IReactionClassifier"/> says about one post: does the author judge the study, and about what.</summary>
public sealed record ReactionLabels(bool Evaluating, IReadOnlyList<Aspect> Aspects);
