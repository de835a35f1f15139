using SentimentMonitor.ML.Hashing;

namespace SentimentMonitor.ML.Tests.Hashing;

/// <summary>Decision offsets are found on training-side scores and move decisions toward under-predicted classes.</summary>
public class StackOffsetTunerTests
{
    [Fact]
    public void Tune_NegativesScoredJustBelowNeutral_RaisesNegativeOffsetAndRecoversThem()
    {
        // Log-scores (negative, neutral, positive): the negatives lose to neutral by 0.3, true neutrals win by 0.8.
        List<float[]> scores = [];
        List<string> truth = [];
        for (int i = 0; i < 10; i++)
        {
            scores.Add([0.0f, 0.3f, -1f]);
            truth.Add("negative");
            scores.Add([0.0f, 0.8f, -1f]);
            truth.Add("neutral");
            scores.Add([-1f, 0f, 1f]);
            truth.Add("positive");
        }
        float[] none = [0, 0, 0];

        float[] offsets = StackOffsetTuner.Tune(scores, truth, scores, truth);

        Assert.InRange(offsets[0], 0.3f, 0.8f);
        Assert.Equal(0f, offsets[1]);
        Assert.Equal(1.0, StackOffsetTuner.Report(offsets, scores, truth).MacroRecall, 6);
        Assert.True(StackOffsetTuner.Report(none, scores, truth).MacroRecall < 0.7);
    }
}
