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

    /// <summary>
    /// The remembered preparation of <c>batch[index]</c> under equivalent options, or null. A preparation with
    /// negation marking also serves a reader without it: removing the "_neg" suffixes gives exactly its text (the
    /// lexicon features do not depend on marking), except for posts that contain "_neg" themselves, which are left out.
    /// </summary>
    public static Func<int, PreparedPost?> Lookup(IReadOnlyList<ClassificationInput> batch, PreprocessingOptions options)
    {
        if (!Batches.TryGetValue(batch, out Entry? entry) || entry.Inputs.Length != batch.Count)
            return _ => null;
        if (entry.Options == Key(options))
            return i => ReferenceEquals(entry.Inputs[i], batch[i]) ? entry.Posts[i] : null;
        if (entry.Options.MarkNegation && !options.MarkNegation && Key(entry.Options with { MarkNegation = false }) == Key(options))
        {
            return i => ReferenceEquals(entry.Inputs[i], batch[i]) && !batch[i].Text.Contains(Suffix, StringComparison.OrdinalIgnoreCase)
                ? entry.Posts[i] with { Text = WithoutNegationMarks(entry.Posts[i].Text) }
                : null;
        }
        return _ => null;
    }

    private const string Suffix = "_neg";

    private static string WithoutNegationMarks(string text)
    {
        if (!text.Contains(Suffix, StringComparison.Ordinal))
            return text;
        string[] tokens = text.Split(' ');
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].EndsWith(Suffix, StringComparison.Ordinal))
                tokens[i] = tokens[i][..^Suffix.Length];
        }
        return string.Join(' ', tokens);
    }

    // Vocabulary hits are computed from the raw text by whoever needs them, so they do not make options differ;
    // neither does the negation scope when marking is off.
    private static PreprocessingOptions Key(PreprocessingOptions options) =>
        options with { AspectRules = false, NegationScope = options.MarkNegation ? options.NegationScope : 0 };
}
