using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// The one featurizer behind the evaluating and aspects heads: word n-grams (and optionally char n-grams) of the
/// prepared text, L2-normalised, plus the dense lexicon and clinical-vocabulary features, in one "Features" column.
/// </summary>
internal static class SharedFeaturizer
{
    public const string Column = "Features";

    /// <summary>The featurizing estimator (no label, no trainer): fit once, then every head reads its output.</summary>
    public static IEstimator<ITransformer> Build(MLContext ml, TextPipelineOptions options)
    {
        NgramExtractingEstimator.WeightingCriteria weighting = options.TfIdf
            ? NgramExtractingEstimator.WeightingCriteria.TfIdf
            : NgramExtractingEstimator.WeightingCriteria.Tf;
        // The C# preprocessor already lower-cases and splits punctuation when it normalises; ML.NET's own text
        // normaliser would only repeat that work on every post.
        bool prepared = options.Preprocessing.Normalize;
        TextFeaturizingEstimator.Options text = new()
        {
            CaseMode = prepared ? TextNormalizingEstimator.CaseMode.None : TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = true,
            KeepNumbers = true,
            KeepDiacritics = prepared,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgrams, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = options.CharNgrams == 0 ? null : new WordBagEstimator.Options
            {
                NgramLength = options.CharNgrams,
                UseAllLengths = options.CharAllLengths,
                Weighting = weighting,
            },
        };
        List<string> dense = ["TextFeatures"];
        if (options.Preprocessing.Lexicon)
            dense.Add("Lex");
        if (options.Preprocessing.AspectRules)
            dense.Add("Rules");
        return ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text")
            .Append(ml.Transforms.Concatenate(Column, [.. dense]));
    }

    /// <summary>
    /// Identity of a fitted featurizer: sha256 of its featurizing options and its training texts in order. Two heads trained
    /// on the same texts with the same options get the same featurizer, so one featurisation serves both.
    /// </summary>
    public static string Id(TextPipelineOptions options, IEnumerable<string> texts)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Only what shapes the featurizer counts: head options (L2, class weights, trainer) do not.
        TextPipelineOptions featurizer = options with { L2 = 0, ClassWeights = false, Trainer = LinearTrainer.Lbfgs };
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(featurizer, ModelBundle.Json));
        foreach (string text in texts)
        {
            hash.AppendData("\n"u8);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
