using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Training;

/// <summary>Everything that defines a text-classification head: preprocessing, n-gram features, trainer and weighting.</summary>
public sealed record TextPipelineOptions
{
    public PreprocessingOptions Preprocessing { get; init; } = new();

    /// <summary>Word n-grams 1..N (all lengths).</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>Char n-gram length (0 = none).</summary>
    public int CharNgrams { get; init; } = 3;

    /// <summary>All char n-gram lengths 1..<see cref="CharNgrams"/> rather than only that length.</summary>
    public bool CharAllLengths { get; init; }

    /// <summary>TF-IDF rather than TF weighting of n-gram counts.</summary>
    public bool TfIdf { get; init; }

    public LinearTrainer Trainer { get; init; } = LinearTrainer.Lbfgs;

    public float L2 { get; init; } = 1f;

    /// <summary>Weight each example by N / (K · n_class) so rare classes count as much as frequent ones.</summary>
    public bool ClassWeights { get; init; } = true;

    public string Describe() =>
        $"{Preprocessing.Describe()}; word 1-{WordNgrams}grams, "
        + (CharNgrams == 0 ? "no char n-grams" : $"char {(CharAllLengths ? "1-" : "")}{CharNgrams}-grams")
        + $", {(TfIdf ? "TF-IDF" : "TF")}, L2-normalised; "
        + (Trainer == LinearTrainer.Lbfgs ? $"L-BFGS maxent (L1=0, L2={L2:0.###})" : "SDCA maxent (auto)")
        + $"; class weights {(ClassWeights ? "on" : "off")}";
}
