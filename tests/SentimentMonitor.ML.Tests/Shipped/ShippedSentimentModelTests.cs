using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Tests.Support;

namespace SentimentMonitor.ML.Tests.Shipped;

/// <summary>
/// The shipped models/sentiment-v2.zip on unambiguous posts about studies. Written before the model was
/// trained; never edit them to make a new model pass.
/// </summary>
public class ShippedSentimentModelTests
{
    private static readonly Lazy<MlNetSentimentClassifier> Model = new(() => MlNetSentimentClassifier.Load(RepositoryRoot.File("models", "sentiment-v2.zip")));

    [Theory]
    [InlineData("Fantastic trial, practice changing results. Congratulations to the investigators!")]
    [InlineData("Beautiful randomised study with a clear survival benefit. Great news for children with leukemia.")]
    [InlineData("This is the best paper I have read this year. Robust design and convincing results 👏")]
    [InlineData("Huge win for patients with heart failure. Elegant, well-powered trial. Love it!")]
    [InlineData("Wonderful results from this phase 3 trial, I'm thrilled for our patients.")]
    [InlineData("Congrats to the whole team on this landmark NEJM paper. Truly practice changing!")]
    [InlineData("Excellent study, strong data, and a meaningful improvement in overall survival. Bravo!")]
    [InlineData("So happy to see this trial published. Great work and great news for families.")]
    [InlineData("Impressive, convincing and beautifully designed trial. This will help so many patients.")]
    [InlineData("Amazing results! Finally good news for patients with pancreatic cancer.")]
    [InlineData("Brilliant trial. I am convinced and will change my practice.")]
    [InlineData("Outstanding paper, a game changer for sepsis care 🎉")]
    public void Classify_ClearPraise_Positive(string text) => Assert.Equal(Sentiment.Positive, Model.Value.Classify(new ClassificationInput(text)).Label);

    [Theory]
    [InlineData("Terrible study design: single arm, tiny sample, historical controls. Not convinced at all.")]
    [InlineData("Deeply flawed trial with a surrogate endpoint and massive conflicts of interest. Disappointing.")]
    [InlineData("I don't trust these results. Short follow-up, cherry-picked subgroups and spin everywhere.")]
    [InlineData("Awful paper. The conclusions are not supported by the data. This should never have been published.")]
    [InlineData("Very disappointing trial: toxic, expensive and no survival benefit.")]
    [InlineData("Bad science dressed up as a breakthrough. Underpowered and biased. Sad to see this in a top journal.")]
    [InlineData("This study is a mess. Misleading abstract and a failed primary endpoint. Worrying.")]
    [InlineData("Not impressed at all. Weak evidence, serious harms ignored, and the hype is ridiculous.")]
    [InlineData("Another overhyped industry trial with poor methods. I'm skeptical and frankly annoyed.")]
    [InlineData("The design is terrible and the analysis is wrong. Retract this paper.")]
    [InlineData("Horrible results: more deaths in the treatment arm and the authors hide it. Shameful.")]
    [InlineData("Useless trial, flawed comparator, meaningless endpoint. What a waste.")]
    public void Classify_ClearCriticism_Negative(string text) => Assert.Equal(Sentiment.Negative, Model.Value.Classify(new ClassificationInput(text)).Label);

    [Theory]
    [InlineData("New in NEJM: Randomized trial of dapagliflozin in chronic kidney disease. https://doi.org/10.1056/NEJMoa2024816")]
    [InlineData("Phase 3 trial of semaglutide in adults with obesity and cardiovascular disease, published today.")]
    [InlineData("Study summary: 1,200 patients randomised to two arms; primary endpoint at 24 months.")]
    [InlineData("Journal club this Thursday will discuss the new stroke thrombectomy trial. Link below.")]
    [InlineData("Does anyone know whether the trial reported outcomes by age group?")]
    [InlineData("Results will be presented at the ASCO annual meeting in June.")]
    [InlineData("The paper reports the primary endpoint and several secondary endpoints at two years.")]
    [InlineData("Reading the new lung cancer trial this afternoon. https://t.co/abc123")]
    [InlineData("Where can I find the supplementary appendix of this trial?")]
    [InlineData("Podcast episode on the new sepsis trial is out now.")]
    [InlineData("The trial enrolled 480 patients at 52 centres in 11 countries.")]
    [InlineData("Press release: the phase 2 study of drug X in children with asthma has completed enrolment.")]
    public void Classify_PlainSharing_Neutral(string text) => Assert.Equal(Sentiment.Neutral, Model.Value.Classify(new ClassificationInput(text)).Label);

    // Clear verdicts from the bundled sample posts (samples/source; another author's voice than the training corpus),
    // classified with their publication's title as the app does. Added with sentiment-v2, before it was trained.
    [Theory]
    [InlineData("This is the paper we have been waiting for. Infants with KMT2A-rearranged ALL have had dismal outcomes for decades, and one course of blinatumomab after induction pushes 2-yr EFS to ~82%. Practice changing. #OncSky", "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia", Sentiment.Positive)]
    [InlineData("Interfant-21 in @NEJM: 30 infants, blinatumomab after induction, almost all MRD negative or low afterwards. Huge step for the hardest-to-treat ALL. Congrats to the Interfant group!", "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia", Sentiment.Positive)]
    [InlineData("Updated our secondary-prevention clinic protocol to consider semaglutide after SELECT. Practice changing for us.", "Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes", Sentiment.Positive)]
    [InlineData("CLARITY AD: a 0.45-point CDR-SB difference is below most estimates of a minimal clinically important difference. And ARIA-E in 12.6%. I'm not rushing to prescribe.", "Lecanemab in Early Alzheimer's Disease", Sentiment.Negative)]
    [InlineData("New in NEJM: Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes (SELECT)", "Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes", Sentiment.Neutral)]
    public void Classify_SamplePostsWithTitle_ExpectedVerdict(string text, string title, Sentiment expected) =>
        Assert.Equal(expected, Model.Value.Classify(new ClassificationInput(text, title)).Label);

    [Fact]
    public void Load_ShippedModel_ReportsVersionAndProbabilities()
    {
        SentimentPrediction p = Model.Value.Classify(new ClassificationInput("Great trial!"));
        Assert.Equal("sentiment-v2", p.ModelVersion);
        Assert.Equal(1f, p.Negative + p.Neutral + p.Positive, 3);
        Assert.True(p.Confidence > 0.34f);
    }
}
