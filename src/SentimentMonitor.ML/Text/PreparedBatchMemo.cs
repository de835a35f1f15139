using System.Runtime.CompilerServices;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.ML.Text;

/// <summary>
/// The prepared posts of a batch, kept while the batch object lives, so the next model given the same batch (e.g.
/// the evaluating and aspect heads after the sentiment model in <c>classify</c>) reuses them instead of running the
/// preprocessor again. Reused only when the preprocessing options match and the batch still holds the same inputs.
/// </summary>
internal static class PreparedBatchMemo
{
    private sealed record Entry(PreprocessingOptions Options, ClassificationInput[] Inputs, PreparedPost[] Posts);

    private static readonly ConditionalWeakTable<IReadOnlyList<ClassificationInput>, Entry> Batches = new();

    public static void Remember(IReadOnlyList<ClassificationInput> batch, PreprocessingOptions options, PreparedPost[] posts) =>
        Batches.AddOrUpdate(batch, new Entry(Key(options), [.. batch], posts));

    /// <summary>The remembered preparation of <c>batch[index]</c> under equivalent options, or null.</summary>
    public static Func<int, PreparedPost?> Lookup(IReadOnlyList<ClassificationInput> batch, PreprocessingOptions options)
    {
        if (!Batches.TryGetValue(batch, out Entry? entry) || entry.Options != Key(options) || entry.Inputs.Length != batch.Count)
            return _ => null;
        return i => ReferenceEquals(entry.Inputs[i], batch[i]) ? entry.Posts[i] : null;
    }

    // Vocabulary hits are computed from the raw text by whoever needs them, so they do not make options differ.
    private static PreprocessingOptions Key(PreprocessingOptions options) => options with { AspectRules = false };
}
