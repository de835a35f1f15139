using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Tests.Fixtures;

namespace SentimentMonitor.Tui.Tests.Presenters;

public sealed class PostDetailPresenterTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    [Fact]
    public void Lines_ClinicianPost_ShowEverythingBehindTheLabels()
    {
        PostDetailPresenter p = new(_db.Ports, "x:a1");

        IReadOnlyList<string> lines = p.Lines();

        Assert.Equal("@hemedoc (Name of hemedoc) · x · 2024-05-06 09:00 UTC · original", lines[0]);
        Assert.Equal("Permalink: https://example.org/hemedoc/a1   (y copies)", lines[1]);
        Assert.Contains("Remarkable efficacy of blinatumomab in infants.", lines);
        Assert.Contains("Sentiment: model sentiment-test: neg 0.04 neu 0.04 pos 0.91 → positive", lines);
        Assert.Contains("Evaluating: yes   Aspects: efficacy (model)", lines);
        Assert.Contains("Matched: doi_link \"https://doi.org/10.1056/nejmoa2214171\"", lines);
        Assert.Contains("Author: clinician · hematology · attending (by rules-test)", lines);
        Assert.Contains("  Evidence: \"MD\", \"hematologist\"", lines);
        Assert.Equal("Metrics: 2 likes · 1 reposts · 0 replies · 0 quotes", lines[^1]);
    }

    [Fact]
    public void Lines_EscapePostAndBio_AreInert()
    {
        string all = string.Join("\n", new PostDetailPresenter(_db.Ports, "x:e1").Lines());

        Assert.Contains("PWNED copied click evil end", all);
        Assert.Contains("Bio: bio  here", all);
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain('\u0007', all);
        Assert.DoesNotContain('\u202e', all);
    }

    [Fact]
    public void Apply_NegativeSentiment_StoredAsHumanLabelAndCountsMove()
    {
        PostDetailPresenter p = new(_db.Ports, "x:a1");
        LabelChoice negative = p.Choices().Single(c => c.Text == "○ sentiment negative");

        string status = p.Apply(negative);

        Assert.Equal("sentiment set to negative (human label)", status);
        Post stored = _db.Reopen().GetPost("x:a1")!;
        Assert.Equal(Sentiment.Negative, stored.HumanSentiment);
        Assert.Equal(Sentiment.Positive, stored.Sentiment!.Label); // the model's label is kept
        SentimentTally clinicians = ReactionAnalytics.Totals(_db.Store.Counts(FixtureDatabase.Blina), ReactionFilter.Clinicians);
        Assert.Equal((4, 3), (clinicians.Positive, clinicians.Negative));
        Assert.Contains("● sentiment negative", new PostDetailPresenter(_db.Ports, "x:a1").Choices().Select(c => c.Text));
    }

    [Fact]
    public void Apply_ToggleAspectTwice_HumanAspectsFollow()
    {
        PostDetailPresenter p = new(_db.Ports, "x:a1");

        p.Apply(p.Choices().Single(c => c.Text == "[ ] aspect safety"));
        Assert.Equal([Aspect.Efficacy, Aspect.Safety], _db.Store.GetPost("x:a1")!.HumanAspects);
        p.Apply(p.Choices().Single(c => c.Text == "[x] aspect efficacy"));
        Assert.Equal([Aspect.Safety], _db.Store.GetPost("x:a1")!.HumanAspects);
        p.Apply(p.Choices().Single(c => c.Kind == LabelChoiceKind.ClearAspects));
        Assert.Null(_db.Store.GetPost("x:a1")!.HumanAspects);
    }

    [Fact]
    public void Apply_AuthorSpecialty_MakesAuthorAClinicianEverywhere()
    {
        PostDetailPresenter p = new(_db.Ports, "x:p1");

        string status = p.Apply(p.Choices().Single(c => c.Text == "○ clinician: pediatrics"));

        Assert.Equal("author set to clin/pediatrics (human label)", status);
        AuthorClassification human = _db.Reopen().GetAuthor("x:202")!.Human!;
        Assert.Equal((AuthorRole.Clinician, Specialty.Pediatrics, "human"), (human.Role, human.Specialty, human.Source));
        // parent1 wrote 3 posts on the running example: clinician posts go from 7 to 10.
        Assert.Equal(10, ReactionAnalytics.Totals(_db.Store.Counts(FixtureDatabase.Blina), ReactionFilter.Clinicians).Total);
        Assert.Contains("Author: clinician · pediatrics · unknown (by human); classifier said public/unknown", p.Lines());
    }

    public void Dispose() => _db.Dispose();
}
