using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Authors;

public sealed class AuthorEvaluatorTests
{
    private static AuthorGoldLabel Gold(int line, AuthorRole role, Specialty specialty = Specialty.Unknown) => new(line, role, specialty, "bio");

    private static AuthorClassification Predicted(AuthorRole role, Specialty specialty = Specialty.Unknown) =>
        new(role, specialty, CareerStage.Unknown, [], "test");

    [Fact]
    public void Score_EightHandComputedPairs_ExactMetricsAndConfusion()
    {
        AuthorGoldLabel[] gold =
        [
            Gold(1, AuthorRole.Clinician, Specialty.Hematology),
            Gold(2, AuthorRole.Clinician, Specialty.Cardiology),
            Gold(3, AuthorRole.Clinician, Specialty.Nephrology),
            Gold(4, AuthorRole.Public),
            Gold(5, AuthorRole.Public),
            Gold(6, AuthorRole.Researcher),
            Gold(7, AuthorRole.Communicator),
            Gold(8, AuthorRole.Organization),
        ];
        AuthorClassification[] predicted =
        [
            Predicted(AuthorRole.Clinician, Specialty.Hematology),
            Predicted(AuthorRole.Clinician, Specialty.Unknown),
            Predicted(AuthorRole.Public),
            Predicted(AuthorRole.Clinician, Specialty.Pediatrics),
            Predicted(AuthorRole.Public),
            Predicted(AuthorRole.Communicator),
            Predicted(AuthorRole.Communicator),
            Predicted(AuthorRole.Organization),
        ];

        AuthorMetrics m = AuthorEvaluator.Score(gold, predicted);

        // Accuracy 5/8. Clinician tp 2, fp 1, fn 1. Per-role F1: clinician 2/3, public 1/2, researcher 0,
        // communicator 2/3 (P 1/2, R 1), organization 1 → macro 2.8333/5. Specialty: 1 of 3 true clinicians.
        Assert.Equal(8, m.Count);
        Assert.Equal(0.625, m.RoleAccuracy, 10);
        Assert.Equal(2.0 / 3, m.ClinicianPrecision, 10);
        Assert.Equal(2.0 / 3, m.ClinicianRecall, 10);
        Assert.Equal((2.0 / 3 + 0.5 + 0 + 2.0 / 3 + 1) / 5, m.RoleMacroF1, 10);
        Assert.Equal(1.0 / 3, m.SpecialtyAccuracy, 10);
        Assert.Equal(2, m.Confusion["clinician"]["clinician"]);
        Assert.Equal(1, m.Confusion["clinician"]["public"]);
        Assert.Equal(1, m.Confusion["public"]["clinician"]);
        Assert.Equal(1, m.Confusion["researcher"]["communicator"]);
        Assert.False(m.Confusion["researcher"].ContainsKey("researcher"));
    }

    [Fact]
    public void Score_TrueClinicianPredictedPublicWithUnknownSpecialty_SpecialtyCountsAsWrong()
    {
        AuthorMetrics m = AuthorEvaluator.Score([Gold(1, AuthorRole.Clinician, Specialty.Unknown)], [Predicted(AuthorRole.Public)]);

        Assert.Equal(0, m.SpecialtyAccuracy);
        Assert.Equal(0, m.ClinicianRecall);
    }

    [Fact]
    public void Score_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => AuthorEvaluator.Score([Gold(1, AuthorRole.Public)], []));
    }
}
