using Microsoft.ML;
using Microsoft.ML.Transforms.Text;
using SentimentMonitor.Core.Authors;

namespace SentimentMonitor.ML.Authors;

/// <summary>
/// Trains the author model: word 1–2-grams and character 2–5-grams of the folded bio, multiclass maximum entropy
/// (SDCA) over joint role/specialty labels. Fixed seed, so the same data gives the same model.
/// </summary>
public static class AuthorModelTrainer
{
    public const int Seed = 20261126;

    /// <summary>Trains on (role/specialty label, bio) pairs and writes the model zip.</summary>
    public static void TrainAndSave(IEnumerable<(string Label, string Bio)> examples, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(examples);
        MLContext ml = new(seed: Seed);
        List<AuthorBioRow> rows = examples.Select(e => new AuthorBioRow { Label = e.Label, Text = Prepare(e.Bio) }).ToList();
        if (rows.Count == 0)
            throw new ArgumentException("no training examples", nameof(examples));
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", options, nameof(AuthorBioRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Features", maximumNumberOfIterations: 60))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        ITransformer model = pipeline.Fit(data);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        ml.Model.Save(model, data.Schema, modelPath);
    }

    /// <summary>The same text preparation at training and prediction: folded, hashtags and links blanked.</summary>
    internal static string Prepare(string? bio) => AuthorText.WithoutTagsAndLinks(AuthorText.Fold(bio));
}
