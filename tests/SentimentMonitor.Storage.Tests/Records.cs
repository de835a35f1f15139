using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage.Tests;

/// <summary>Builds parsed records for storage tests.</summary>
public static class Records
{
    public static readonly DateTimeOffset Day0 = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    public static ParsedRecord Make(
        string id,
        string account = "u1",
        Platform platform = Platform.X,
        DateTimeOffset? at = null,
        string[]? pubs = null,
        string? bio = "physician",
        DateTimeOffset? profileSeen = null,
        string text = "great study")
    {
        DateTimeOffset created = at ?? Day0;
        Author author = new()
        {
            Platform = platform,
            AccountId = account,
            Handle = "h_" + account,
            DisplayName = "Name " + account,
            Bio = bio,
            ProfileSeenAt = profileSeen ?? created,
        };
        Post post = new()
        {
            Platform = platform,
            PlatformId = id,
            Url = $"https://example.org/{id}",
            CreatedAt = created,
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = text,
            Links = ["https://doi.org/10.1056/NEJMoa2214171"],
            Metrics = new PostMetrics(3, 1, 0, 0, 120),
            Language = "en",
            RawJson = "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"padding\":\"" + new string('x', 300) + "\"}",
            Matches = (pubs ?? ["10.1056/nejmoa2214171"]).Select(p => new PublicationMatch(p, MatchKind.DoiLink, "https://doi.org/" + p)).ToArray(),
        };
        return new ParsedRecord(post, author);
    }

    public static SentimentPrediction Prediction(Sentiment label) =>
        new(label, label == Sentiment.Negative ? 0.8f : 0.1f, label == Sentiment.Neutral ? 0.8f : 0.1f, label == Sentiment.Positive ? 0.8f : 0.1f, "test-1");

    public static AuthorClassification Clinician(Specialty specialty = Specialty.Hematology, string source = "rules-1") =>
        new(AuthorRole.Clinician, specialty, CareerStage.Attending, ["MD"], source);
}
