using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace SentimentMonitor.ML.Training;

/// <summary>Builds the ML.NET estimator of one head from <see cref="TextPipelineOptions"/>.</summary>
internal static class TextPipelineBuilder
{
    public static IEstimator<ITransformer> Build(MLContext ml, TextPipelineOptions options)
    {
        TextFeaturizingEstimator.Options text = new()
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = true,
            KeepNumbers = true,
            KeepDiacritics = false,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = options.WordNgrams,
                UseAllLengths = true,
                Weighting = options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf,
            },
            CharFeatureExtractor = options.CharNgrams == 0 ? null : new WordBagEstimator.Options
            {
                NgramLength = options.CharNgrams,
                UseAllLengths = options.CharAllLengths,
                Weighting = options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf,
            },
        };
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion
            .MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text"));
        List<string> dense = ["TextFeatures"];
        if (options.Preprocessing.Lexicon)
            dense.Add("Lex");
        if (options.Preprocessing.AspectRules)
            dense.Add("Rules");
        pipeline = pipeline.Append(ml.Transforms.Concatenate("Features", [.. dense]));
        pipeline = pipeline.Append(Trainer(ml, options));
        return pipeline.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, TextPipelineOptions options)
    {
        // The weight column always exists: file weight (domain upweighting) times, when on, the class weight.
        const string weight = "Weight";
        return options.Trainer switch
        {
            LinearTrainer.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                labelColumnName: "Label", featureColumnName: "Features", exampleWeightColumnName: weight),
            _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = weight,
                L1Regularization = 0,
                L2Regularization = options.L2,
            }),
        };
    }
}
