using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Tests.Support;

namespace SentimentMonitor.ML.Tests.Evaluation;

public class ModelEvaluatorTests
{
    private static IReadOnlyList<LabeledText> TinyFile(TempFolder folder, ModelTask task, params string[] lines)
    {
        string path = folder.File("tiny.tsv");
        File.WriteAllLines(path, lines);
        return LabeledTextReader.Read(path, task);
    }

    [Fact]
    public void Sentiment_TinyFileWithKnownPredictions_ExactMetrics()
    {
        using TempFolder folder = new();
        IReadOnlyList<LabeledText> rows = TinyFile(folder, ModelTask.Sentiment,
            "positive\t[positive] great trial",
            "positive\t[neutral] nice",
            "negative\t[negative] flawed",
            "neutral\t[neutral] new paper",
            "neutral\t[positive] published today");

        ClassificationReport r = ModelEvaluator.Sentiment(new EchoClassifiers(), rows);

        // neg: P 1 R 1 F1 1; neu: tp1 fp1 fn1 -> 0.5/0.5/0.5; pos: tp1 fp1 fn1 -> 0.5/0.5/0.5
        Assert.Equal(0.6, r.Accuracy, 12);
        Assert.Equal(2.0 / 3, r.MacroRecall, 12);
        Assert.Equal(2.0 / 3, r.MacroF1, 12);
        Assert.Equal(1, r.Confusion["positive"]["neutral"]);
    }

    [Fact]
    public void Evaluating_TinyFileWithKnownPredictions_ExactMetrics()
    {
        using TempFolder folder = new();
        IReadOnlyList<LabeledText> rows = TinyFile(folder, ModelTask.Evaluating,
            "true\t[true] I love it",
            "true\t[false] hmm",
            "false\t[false] new paper",
            "false\t[false] link");

        ClassificationReport r = ModelEvaluator.Evaluating(new EchoClassifiers(), rows);

        // false: tp2 fp1 fn0 -> P 2/3 R 1 F1 0.8; true: tp1 fp0 fn1 -> P 1 R 0.5 F1 2/3
        Assert.Equal(0.75, r.Accuracy, 12);
        Assert.Equal(0.75, r.MacroRecall, 12);
        Assert.Equal((0.8 + 2.0 / 3) / 2, r.MacroF1, 12);
    }

    [Fact]
    public void Aspects_TinyFileWithKnownPredictions_ExactMetrics()
    {
        using TempFolder folder = new();
        IReadOnlyList<LabeledText> rows = TinyFile(folder, ModelTask.Aspects,
            "efficacy,safety\t[efficacy] good but toxic",
            "\t[cost_access] shared",
            "cost_access\t[cost_access] pricey",
            "study_design\t[] small n");

        AspectReport r = ModelEvaluator.Aspects(new EchoClassifiers(), rows);

        // efficacy 1/1/1; safety tp0 fn1 -> 0; cost_access tp1 fp1 -> P .5 R 1 F1 2/3; study_design fn1 -> 0
        // micro: tp 2, fp 1, fn 2 -> P 2/3, R 1/2, F1 4/7
        Assert.Equal(4.0 / 7, r.MicroF1, 12);
        Assert.Equal((1 + 0 + 2.0 / 3 + 0) / 4, r.MacroF1, 12);
        Assert.Equal(0.5, r.PerAspect["cost_access"].Precision, 12);
    }
}
