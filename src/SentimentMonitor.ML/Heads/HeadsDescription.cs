using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Heads;

/// <summary>Human-readable description of a shared-featurizer configuration, for model cards.</summary>
internal static class HeadsDescription
{
    public static string Describe(TextPipelineOptions o) =>
        $"{o.Preprocessing.Describe()}; shared featurizer: word 1-{o.WordNgrams}grams"
        + (o.CharNgrams == 0 ? "" : $" + char {(o.CharAllLengths ? "1-" : "")}{o.CharNgrams}-grams")
        + $", {(o.TfIdf ? "TF-IDF" : "TF")}, L2-normalised"
        + (o.Preprocessing.Lexicon ? " + 7 lexicon features" : "")
        + (o.Preprocessing.AspectRules ? " + 7 vocabulary features" : "")
        + $"; binary L-BFGS logistic regression per head (L2={o.L2:0.###}); class weights {(o.ClassWeights ? "on" : "off")}";
}
