using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Authors;

/// <summary>Inputs beyond the bio: verified type, the platform bot flag, handles; and the evidence wording.</summary>
public sealed class RuleBasedAuthorClassifierTests
{
    private readonly RuleBasedAuthorClassifier _rules = new();

    private static Author Make(string bio, string handle = "someone", string? name = null, string? verified = null, bool bot = false) => new()
    {
        Platform = Platform.X,
        AccountId = "1",
        Handle = handle,
        DisplayName = name,
        Bio = bio,
        VerifiedType = verified,
        IsBot = bot,
    };

    [Fact]
    public void Classify_VerifiedBusinessAccount_Organization()
    {
        AuthorClassification c = _rules.Classify(Make("Caring for our community since 1901.", verified: "business"));

        Assert.Equal(AuthorRole.Organization, c.Role);
        Assert.Contains("organization: X verified type 'business'", c.Evidence);
    }

    [Fact]
    public void Classify_PlatformBotFlag_Organization()
    {
        Assert.Equal(AuthorRole.Organization, _rules.Classify(Make("Hematology news.", bot: true)).Role);
    }

    [Fact]
    public void Classify_HandleEndingInBot_Organization()
    {
        Assert.Equal(AuthorRole.Organization, _rules.Classify(Make("New papers every hour.", handle: "hemepapers_bot")).Role);
    }

    [Fact]
    public void Classify_HandleEndingInMd_DecidesNothing()
    {
        Assert.Equal(AuthorRole.Public, _rules.Classify(Make("Orioles and crab cakes.", handle: "joe_md")).Role);
    }

    [Fact]
    public void Classify_CredentialInDisplayName_EvidenceNamesCredentialAndSpecialtyWords()
    {
        AuthorClassification c = _rules.Classify(Make("Peds heme/onc attending. Sickle cell.", name: "Sarah Cohen, MD"));

        Assert.Equal((AuthorRole.Clinician, Specialty.PediatricHematologyOncology, CareerStage.Attending), (c.Role, c.Specialty, c.Stage));
        Assert.Contains("credential: MD", c.Evidence);
        Assert.Contains("specialty: 'peds heme/onc'", c.Evidence);
        Assert.Contains("stage: 'attending'", c.Evidence);
        Assert.Equal(RuleBasedAuthorClassifier.RulesVersion, c.Source);
    }

    [Fact]
    public void Classify_MarylandAddress_EvidenceExplainsTrap()
    {
        AuthorClassification c = _rules.Classify(Make("Towson, MD. Teacher."));

        Assert.Equal(AuthorRole.Public, c.Role);
        Assert.Contains("trap: 'Towson, MD' read as Maryland", c.Evidence);
    }

    [Fact]
    public void Classify_TerminalEscapeAndNullBio_DoesNotThrow()
    {
        AuthorClassification c = _rules.Classify(Make("\u001b[31mRN\u001b[0m on nights"));
        AuthorClassification empty = _rules.Classify(new Author { Platform = Platform.Bluesky, AccountId = "did:x", Handle = "x.bsky.social" });

        Assert.Equal(AuthorRole.Clinician, c.Role);
        Assert.Equal(AuthorRole.Public, empty.Role);
    }
}
