using System.Text;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.Bluesky;

public sealed class BlueskyRecordParserPayloadTests
{
    private static ParseResult Feed() => ParseHelper.Text(ImportFormat.Bluesky, BlueskyPayloads.Feed(), "feed.json");

    [Fact]
    public void Parse_AuthorFeed_YieldsEachPostAndTheRepost()
    {
        ParseResult result = Feed();

        Assert.Empty(result.Rejected);
        Assert.Equal(5, result.Posts.Count);
        Assert.Equal(2, result.Posts.Count(p => p.PlatformId == "at://did:plc:doc1/app.bsky.feed.post/3kdoi"));
    }

    [Fact]
    public void Parse_EmojiBeforeLinkFacet_TakesTheFacetUriNotTheShortenedText()
    {
        Post post = Feed().Posts[0];
        (int start, int end) = BlueskyPayloads.DoiFacet();

        Assert.Equal([BlueskyPayloads.DoiUrl], post.Links);
        Assert.Equal(BlueskyPayloads.DoiText, post.Text);
        // The facet's byte range covers exactly the shown text, so byte (not char) offsets were meant.
        Assert.Equal("doi.org/10.1056/NEJ...", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(post.Text)[start..end]));
    }

    [Fact]
    public void Parse_Post_MapsIdsPermalinkTimeLanguageAndMetrics()
    {
        ParsedRecord record = Feed().Records[0];

        Assert.Equal("bluesky:did:plc:doc1", record.Author.Key);
        Assert.Equal("doc.bsky.social", record.Author.Handle);
        Assert.Equal("Name of doc.bsky.social", record.Author.DisplayName);
        Assert.Equal("https://bsky.app/profile/doc.bsky.social/post/3kdoi", record.Post.Url);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 12, 0, 0, TimeSpan.Zero), record.Post.CreatedAt);
        Assert.Equal("en", record.Post.Language);
        Assert.Equal(new PostMetrics(7, 2, 1, 1), record.Post.Metrics);
        Assert.Equal(PostRelation.Original, record.Post.Relation);
    }

    [Fact]
    public void Parse_ReplyWithExternalCard_IsReplyWithTheCardUriOnceFromRecordAndView()
    {
        Post post = Feed().Posts[1];

        Assert.Equal(PostRelation.Reply, post.Relation);
        Assert.Equal("at://did:plc:doc1/app.bsky.feed.post/3kdoi", post.ReferencedPostId);
        Assert.Equal(["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171"], post.Links);
    }

    [Fact]
    public void Parse_ReasonRepost_IsRepostByTheReposterOfTheOriginal()
    {
        ParsedRecord repost = Feed().Records[3];

        Assert.Equal(PostRelation.Repost, repost.Post.Relation);
        Assert.Equal("at://did:plc:doc1/app.bsky.feed.post/3kdoi", repost.Post.ReferencedPostId);
        Assert.Equal("bluesky:did:plc:fan3", repost.Author.Key);
        Assert.Equal(BlueskyPayloads.DoiText, repost.Post.Text);
        Assert.Equal([BlueskyPayloads.DoiUrl], repost.Post.Links);
        Assert.Equal(new DateTimeOffset(2023, 4, 29, 10, 0, 0, TimeSpan.Zero), repost.Post.CreatedAt);
        Assert.NotEqual(repost.Post.ReferencedPostId, repost.Post.PlatformId);
    }

    [Fact]
    public void Parse_QuoteWithMedia_IsQuoteWithTheMediaLinkAndDidPermalinkForInvalidHandle()
    {
        Post post = Feed().Posts[4];

        Assert.Equal(PostRelation.Quote, post.Relation);
        Assert.Equal("at://did:plc:doc1/app.bsky.feed.post/3kdoi", post.ReferencedPostId);
        Assert.Equal(["https://pubmed.ncbi.nlm.nih.gov/37099340/"], post.Links);
        Assert.Equal("https://bsky.app/profile/did:plc:fan3/post/3kquote", post.Url);
        Assert.Equal(new DateTimeOffset(2023, 4, 30, 9, 0, 0, 123, TimeSpan.Zero).AddTicks(4560), post.CreatedAt);
    }

    [Fact]
    public void Parse_PostWithoutCreatedAtOrIndexedAt_IsRejectedNamingTheField()
    {
        string page = """{"posts":[{"uri":"at://did:plc:x/app.bsky.feed.post/1","author":{"did":"did:plc:x","handle":"x.bsky.social"},"record":{"text":"hi"}}]}""";

        RejectedRecord rejected = Assert.Single(ParseHelper.Text(ImportFormat.Bluesky, page).Rejected);

        Assert.Equal("record.createdAt", rejected.Field);
        Assert.Contains("at://did:plc:x/app.bsky.feed.post/1", rejected.Reason);
    }

    [Fact]
    public void Parse_PostWithoutAuthorDid_IsRejectedNamingTheField()
    {
        string page = """{"posts":[{"uri":"at://did:plc:x/app.bsky.feed.post/1","author":{"handle":"x.bsky.social"},"record":{"text":"hi","createdAt":"2024-01-01T00:00:00Z"}}]}""";

        Assert.Equal("author.did", Assert.Single(ParseHelper.Text(ImportFormat.Bluesky, page).Rejected).Field);
    }

    [Fact]
    public void Parse_PagesAsJsonLines_ReadsEachLineAndReportsAMalformedOne()
    {
        string line = BlueskyPayloads.Feed().Replace("\n", "");
        string input = line + "\n{\"posts\":[\n" + line + "\n";

        ParseResult result = ParseHelper.Text(ImportFormat.Bluesky, input, "pages.jsonl");

        Assert.Equal(10, result.Posts.Count);
        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(2, rejected.Line);
        Assert.StartsWith("malformed JSON", rejected.Reason);
    }

    [Fact]
    public void Parse_PostThread_YieldsParentsFirstThenThePostThenRepliesSkippingNotFound()
    {
        static string View(string rkey, string parent = "") =>
            "{\"uri\":\"at://did:plc:a/app.bsky.feed.post/" + rkey + "\",\"author\":{\"did\":\"did:plc:a\",\"handle\":\"a.bsky.social\"},"
            + "\"record\":{\"text\":\"" + rkey + "\",\"createdAt\":\"2024-01-01T00:00:00Z\"" + parent + "}}";
        string thread = "{\"thread\":{\"$type\":\"app.bsky.feed.defs#threadViewPost\",\"post\":" + View("p")
            + ",\"parent\":{\"post\":" + View("parent") + ",\"parent\":{\"post\":" + View("root") + "}}"
            + ",\"replies\":[{\"post\":" + View("r1") + ",\"replies\":[{\"post\":" + View("r1a") + "}]},"
            + "{\"$type\":\"app.bsky.feed.defs#notFoundPost\",\"uri\":\"at://gone\",\"notFound\":true}]}}";

        ParseResult result = ParseHelper.Text(ImportFormat.Bluesky, thread);

        Assert.Empty(result.Rejected);
        Assert.Equal(["root", "parent", "p", "r1", "r1a"], result.Posts.Select(p => p.Text));
    }
}
