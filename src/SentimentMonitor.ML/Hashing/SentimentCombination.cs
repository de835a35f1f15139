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
    /// <summary>A small maximum-entropy stacker over both heads' log-probabilities and the gate, trained out of fold.</summary>
    Stack,
}
