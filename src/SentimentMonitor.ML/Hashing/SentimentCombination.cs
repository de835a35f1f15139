namespace SentimentMonitor.ML.Hashing;

/// <summary>How a hashed sentiment model turns its heads into one distribution.</summary>
public enum SentimentCombination
{
    /// <summary>The general head alone (trained on general social text, e.g. TweetEval).</summary>
    General,
    /// <summary>The domain head alone (trained on posts about studies).</summary>
    Domain,
    /// <summary>Mean of the general and domain probabilities.</summary>
    Average,
    /// <summary>Mixture weighted by the gate head: P(study)·domain + (1 − P(study))·general.</summary>
    Gated,
    /// <summary>
    /// Product of experts: log P ∝ log P(general) + log P(domain). A class wins only when neither head finds it
    /// unlikely, so plain wording that the general head reads confidently is not overruled by a domain head that
    /// has seen few such posts.
    /// </summary>
    Product,
    /// <summary>
    /// Gate-weighted, with the average on the study side: P(study)·(general + domain)/2 + (1 − P(study))·general.
    /// General text is scored by the general head; posts about studies by both heads equally, so the domain head
    /// adds what it knows about studies without overruling plainly worded praise or criticism.
    /// </summary>
    GatedAverage,
    /// <summary>
    /// Gate-weighted with a domain weight α on the study side: P(study)·(α·domain + (1 − α)·general) + (1 − P(study))·general;
    /// α (<see cref="HashedSentimentManifest.DomainWeight"/>) is chosen on training-side rows. α = 0.5 is <see cref="GatedAverage"/>, α = 1 <see cref="Gated"/>.
    /// </summary>
    GatedBlend,
    /// <summary>A small maximum-entropy stacker over both heads' log-probabilities and the gate, trained out of fold.</summary>
    Stack,
}
