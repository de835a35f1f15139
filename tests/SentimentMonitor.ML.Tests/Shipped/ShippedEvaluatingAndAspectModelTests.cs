using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Tests.Support;

namespace SentimentMonitor.ML.Tests.Shipped;

/// <summary>The shipped evaluating and aspects models on unambiguous posts (written before training; never loosen).</summary>
public class ShippedEvaluatingAndAspectModelTests
{
    private static readonly Lazy<MlNetEvaluatingClassifier> Evaluating = new(() => MlNetEvaluatingClassifier.Load(RepositoryRoot.File("models", "evaluating-v3.zip")));
    private static readonly Lazy<MlNetAspectClassifier> Aspects = new(() => MlNetAspectClassifier.Load(RepositoryRoot.File("models", "aspects-v3.zip")));

    [Theory]
    [InlineData("Brilliant trial, I'm convinced. This changes my practice.", true)]
    [InlineData("Not convinced: single arm, historical controls and a surrogate endpoint.", true)]
    [InlineData("Terrible design and huge conflicts of interest. I don't trust it.", true)]
    [InlineData("New in @NEJM: Blinatumomab with chemotherapy in infants with KMT2A-rearranged ALL https://doi.org/10.1056/NEJMoa2214171", false)]
    [InlineData("Trial summary: 1,200 patients randomised 1:1; primary endpoint overall survival at 5 years.", false)]
    [InlineData("Does anyone know if CNS relapses were counted as events?", false)]
    public void Classify_ClearCases_ExpectedEvaluating(string text, bool expected) =>
        Assert.Equal(expected, Evaluating.Value.Classify(new ClassificationInput(text)));

    [Theory]
    [InlineData("Grade 3 CRS in 40% of patients and two treatment-related deaths. The toxicity is unacceptable.", Aspect.Safety)]
    [InlineData("Single-arm, n=30, historical controls, 6 months of follow-up. The study design cannot support this claim.", Aspect.StudyDesign)]
    [InlineData("At $450,000 per patient, who can afford this? Insurers will not cover it.", Aspect.CostAccess)]
    [InlineData("Funded by the manufacturer, half the authors are company employees: conflicts of interest everywhere.", Aspect.ConflictOfInterest)]
    [InlineData("Overall survival improved from 12 to 20 months, HR 0.62. A real survival benefit.", Aspect.Efficacy)]
    public void Classify_ClearCases_IncludeAspect(string text, Aspect expected) =>
        Assert.Contains(expected, Aspects.Value.Classify(new ClassificationInput(text)));

    [Fact]
    public void Classify_PlainTitle_NoCostOrConflictAspects()
    {
        IReadOnlyList<Aspect> aspects = Aspects.Value.Classify(new ClassificationInput("New paper in Blood today. https://t.co/xyz"));
        Assert.DoesNotContain(Aspect.CostAccess, aspects);
        Assert.DoesNotContain(Aspect.ConflictOfInterest, aspects);
    }
}
