using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.TestSupport;

/// <summary>
/// Builders for the hand-counted fixture databases of the Tui and Reports tests: authors with a machine label, and
/// posts citing one paper with the machine labels to store for them (the fixtures write both through the store).
/// </summary>
public static class FixtureRecords
{
    public static AuthorClassification Clinician(Specialty specialty, params string[] evidence) =>
        new(AuthorRole.Clinician, specialty, CareerStage.Attending, evidence.Length == 0 ? ["MD"] : evidence, "rules-test");

    public static AuthorClassification Person(AuthorRole role) => new(role, Specialty.Unknown, CareerStage.Unknown, ["no credential"], "rules-test");

    /// <summary>An author named and described after its handle ("Name of h", "Bio of h"), profile seen at <paramref name="seen"/>.</summary>
    public static Author Author(Platform platform, string id, string handle, AuthorClassification who, DateTimeOffset seen, int? followers = null) => new()
    {
        Platform = platform,
        AccountId = id,
        Handle = handle,
        DisplayName = "Name of " + handle,
        Bio = "Bio of " + handle,
        Followers = followers,
        ProfileSeenAt = seen,
        Machine = who,
    };

    /// <summary>
    /// A post by <paramref name="author"/> at <paramref name="at"/> citing <paramref name="pub"/> by DOI link, labelled
    /// <paramref name="sentiment"/> with probability <paramref name="confidence"/> (the others <paramref name="rest"/>, by
    /// default split evenly), evaluating
    /// unless neutral; with the same labels as <see cref="PostLabels"/>.
    /// </summary>
    public static (ParsedRecord Record, PostLabels Labels) Post(Author author, string id, DateTimeOffset at, Sentiment sentiment, float confidence,
        string text, PostMetrics metrics, string pub, Aspect? aspect = null, float? rest = null)
    {
        ArgumentNullException.ThrowIfNull(author);
        float other = rest ?? (1 - confidence) / 2;
        SentimentPrediction prediction = new(sentiment, sentiment == Sentiment.Negative ? confidence : other, sentiment == Sentiment.Neutral ? confidence : other,
            sentiment == Sentiment.Positive ? confidence : other, "sentiment-test");
        Aspect[] aspects = aspect is { } a ? [a] : [];
        Post post = new()
        {
            Platform = author.Platform,
            PlatformId = id,
            Url = $"https://example.org/{author.Handle}/{id}",
            CreatedAt = at,
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = text,
            Links = ["https://doi.org/" + pub],
            Metrics = metrics,
            Matches = [new PublicationMatch(pub, MatchKind.DoiLink, "https://doi.org/" + pub)],
            Sentiment = prediction,
            Evaluating = sentiment != Sentiment.Neutral,
            Aspects = aspects,
        };
        return (new ParsedRecord(post, author), new PostLabels(post.Key, prediction, post.Evaluating, aspects));
    }
}
