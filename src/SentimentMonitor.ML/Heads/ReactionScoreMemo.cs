using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// Head probabilities that <see cref="JointSentimentClassifier"/> computed for a batch while scoring its sentiment,
/// kept (weakly, while the batch object lives) until the heads' own classifier asks for the same batch: in
/// <c>classify</c> the evaluating and aspect labels then cost no second featurisation. An entry is taken once, and only
/// by the heads it was computed for, and only while the batch still holds the same inputs.
/// </summary>
internal static class ReactionScoreMemo
{
    private sealed record Entry(HashedHeads Owner, ClassificationInput[] Inputs, float[] Probabilities, float[] Rules);

    private static readonly ConditionalWeakTable<IReadOnlyList<ClassificationInput>, Entry> Batches = new();

    public static void Remember(IReadOnlyList<ClassificationInput> batch, HashedHeads owner, float[] probabilities, float[] rules) =>
        Batches.AddOrUpdate(batch, new Entry(owner, [.. batch], probabilities, rules));

    public static bool TryTake(IReadOnlyList<ClassificationInput> batch, HashedHeads owner,
        [NotNullWhen(true)] out float[]? probabilities, [NotNullWhen(true)] out float[]? rules)
    {
        (probabilities, rules) = (null, null);
        if (!Batches.TryGetValue(batch, out Entry? entry) || !ReferenceEquals(entry.Owner, owner) || entry.Inputs.Length != batch.Count)
            return false;
        for (int i = 0; i < batch.Count; i++)
        {
            if (!ReferenceEquals(entry.Inputs[i], batch[i]))
                return false;
        }
        Batches.Remove(batch);
        (probabilities, rules) = (entry.Probabilities, entry.Rules);
        return true;
    }
}
