using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.Bluesky;

public sealed class BlueskyRecordParserFixtureTests
{
    private const string Search = "bluesky/responses/searchPosts_q-redistricting_2025.json";

    [Fact]
    public void Parse_SearchPostsRecording_YieldsAllTwentyFivePosts()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Bluesky, Search);

        Assert.Empty(result.Rejected);
        Assert.Equal(25, result.Posts.Count);
        Assert.All(result.Posts, p => Assert.StartsWith("at://did:", p.PlatformId));
    }

    [Fact]
    public void Parse_PaperBotPost_HasFacetLinkAndSixDigitFractionTime()
    {
        ParsedRecord record = ParseHelper.File(ImportFormat.Bluesky, Search).Record("at://did:plc:kkergqgbhb56ptpwj2wenkje/app.bsky.feed.post/3lpk2u6qo222m");

        Assert.Equal(["https://osf.io/v87fn"], record.Post.Links);
        Assert.Equal(new DateTimeOffset(2025, 5, 19, 17, 10, 9, TimeSpan.Zero).AddTicks(5618580), record.Post.CreatedAt);
        Assert.Equal("socpaperbot.bsky.social", record.Author.Handle);
        Assert.Equal("https://bsky.app/profile/socpaperbot.bsky.social/post/3lpk2u6qo222m", record.Post.Url);
        Assert.Null(record.Post.Language);
    }

    [Fact]
    public void Parse_ExternalEmbedPost_UsesTheFullUriNotTheCutText()
    {
        Post post = ParseHelper.File(ImportFormat.Bluesky, Search).Post("at://did:plc:s7savtl25cqhm3ddqc7jeljx/app.bsky.feed.post/3lpk2r5h5ec2j");

        Assert.EndsWith("open.substack.com/pub/christac...", post.Text);
        Assert.Equal(["https://open.substack.com/pub/christackett/p/the-pawn-or-the-collaborator?r=92vnq&utm_medium=ios"], post.Links);
        Assert.Equal(new PostMetrics(4, 3, 0, 0), post.Metrics);
    }

    [Fact]
    public void Parse_OffsetTimeAndQuote_AreReadFromTheRecording()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Bluesky, Search);

        Assert.Equal(new DateTimeOffset(2025, 5, 19, 2, 3, 20, TimeSpan.Zero).AddTicks(2863930),
            result.Post("at://did:plc:qogyzvlh3vivathu2piavvpv/app.bsky.feed.post/3lpii6nwbyt2m").CreatedAt);
        Post quote = result.Post("at://did:plc:pjjrd7avt2v4ycccavykzg3n/app.bsky.feed.post/3lpjl6vjfes2b");
        Assert.Equal(PostRelation.Quote, quote.Relation);
        Assert.Equal("at://did:plc:pjiafkey2cokiupsxpswqlk7/app.bsky.feed.post/3lpjgwfr3gs27", quote.ReferencedPostId);
    }

    [Fact]
    public void Parse_GetQuotes_RecordWithMediaQuoteHasTheMediaCardLink()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Bluesky, "bluesky/responses/getQuotes_2025.json");

        Assert.Empty(result.Rejected);
        Assert.All(result.Posts, p => Assert.Equal("at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lc5c5qv72r2w", p.ReferencedPostId));
        Post withMedia = result.Post("at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lc5d6zspys2c");
        Assert.Equal(PostRelation.Quote, withMedia.Relation);
        Assert.Contains("https://christophertkenny.com/bskyr/", withMedia.Links);
        Assert.Contains("https://bsky.app/profile/bskyr.bsky.social/post/3lc5c5qv72r2w", withMedia.Links);
    }

    [Fact]
    public void Parse_PostThread_YieldsThePostWithBothFacetLinks()
    {
        Post post = Assert.Single(ParseHelper.File(ImportFormat.Bluesky, "bluesky/responses/getPostThread_2025.json").Posts);

        Assert.Equal(["http://localview.net", "https://rstats.ai/gov.html"], post.Links);
        Assert.Equal("soubhikbarari.bsky.social", post.AuthorHandle);
    }

    [Theory]
    [InlineData("bluesky/responses/getProfiles_2025.json")]
    [InlineData("bluesky/responses/getFollows_marshalx.json")]
    public void Parse_ProfileResponses_AreReportedAsHoldingNoPosts(string file)
    {
        ParseResult result = ParseHelper.File(ImportFormat.Bluesky, file);

        Assert.Empty(result.Posts);
        Assert.Single(result.Rejected);
    }
}
