using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.ML.Tests.Evaluation;

public class MetricsCalculatorTests
{
    private static readonly string[] Labels = ["negative", "neutral", "positive"];

    [Fact]
    public void Classification_HandComputedExample_ExactMetrics()
    {
        // truth:     neg neg neg neu neu pos pos pos pos pos
        // predicted: neg neu neg neu pos pos pos neu pos neg
        string[] truth = ["negative", "negative", "negative", "neutral", "neutral", "positive", "positive", "positive", "positive", "positive"];
        string[] predicted = ["negative", "neutral", "negative", "neutral", "positive", "positive", "positive", "neutral", "positive", "negative"];

        ClassificationReport r = MetricsCalculator.Classification(Labels, truth, predicted);

        // neg: tp 2, fp 1 (a positive), fn 1 -> P 2/3, R 2/3, F1 2/3
        // neu: tp 1, fp 2, fn 1 -> P 1/3, R 1/2, F1 0.4
        // pos: tp 3, fp 1, fn 2 -> P 3/4, R 3/5, F1 2/3
        Assert.Equal(0.6, r.Accuracy, 12);
        Assert.Equal((2.0 / 3 + 0.5 + 0.6) / 3, r.MacroRecall, 12);
        Assert.Equal((2.0 / 3 + 0.4 + 2.0 / 3) / 3, r.MacroF1, 12);
        Assert.Equal(2.0 / 3, r.PerClass["negative"].Precision, 12);
        Assert.Equal(1.0 / 3, r.PerClass["neutral"].Precision, 12);
        Assert.Equal(0.4, r.PerClass["neutral"].F1, 12);
        Assert.Equal(0.75, r.PerClass["positive"].Precision, 12);
        Assert.Equal(0.6, r.PerClass["positive"].Recall, 12);
        Assert.Equal(5, r.PerClass["positive"].Support);
        Assert.Equal(1, r.Confusion["negative"]["neutral"]);
        Assert.Equal(1, r.Confusion["positive"]["negative"]);
        Assert.Equal(0, r.Confusion["neutral"]["negative"]);
    }

    [Fact]
    public void Classification_ClassNeverPredicted_PrecisionZeroNotNaN()
    {
        ClassificationReport r = MetricsCalculator.Classification(Labels, ["negative", "positive"], ["positive", "positive"]);
        Assert.Equal(0, r.PerClass["negative"].Precision);
        Assert.Equal(0, r.PerClass["neutral"].F1);
        Assert.Equal(0.5, r.PerClass["positive"].Precision, 12);
        Assert.Equal(1.0 / 3, r.MacroRecall, 12);
    }

    [Fact]
    public void Classification_UnknownLabel_Throws()
    {
        Assert.Throws<ArgumentException>(() => MetricsCalculator.Classification(Labels, ["negative"], ["mixed"]));
    }

    [Fact]
    public void MultiLabel_HandComputedExample_ExactMetrics()
    {
        string[] aspects = ["efficacy", "safety", "cost_access"];
        IReadOnlyCollection<string>[] truth = [["efficacy"], ["efficacy", "safety"], [], ["safety"]];
        IReadOnlyCollection<string>[] predicted = [["efficacy"], ["efficacy"], ["safety"], ["safety", "efficacy"]];

        AspectReport r = MetricsCalculator.MultiLabel(aspects, truth, predicted);

        // efficacy: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8
        // safety:   tp 1, fp 1, fn 1 -> P 1/2, R 1/2, F1 0.5
        // cost_access: absent everywhere -> skipped in macro
        // micro: tp 3, fp 2, fn 1 -> P 3/5, R 3/4, F1 2/3
        Assert.Equal(2.0 / 3, r.MicroF1, 12);
        Assert.Equal((0.8 + 0.5) / 2, r.MacroF1, 12);
        Assert.Equal(0.8, r.PerAspect["efficacy"].F1, 12);
        Assert.Equal(0.5, r.PerAspect["safety"].Recall, 12);
        Assert.Equal(0, r.PerAspect["cost_access"].Support);
    }
}
