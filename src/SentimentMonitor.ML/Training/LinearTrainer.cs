namespace SentimentMonitor.ML.Training;

/// <summary>Which ML.NET multiclass trainer a head uses.</summary>
public enum LinearTrainer
{
    /// <summary>L-BFGS maximum entropy (L1 = 0); the measured best on sparse n-grams.</summary>
    Lbfgs,
    /// <summary>SDCA maximum entropy with its auto-tuned defaults.</summary>
    Sdca,
}
