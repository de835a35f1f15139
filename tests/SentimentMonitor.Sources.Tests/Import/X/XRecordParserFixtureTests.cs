using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.X;

public sealed class XRecordParserFixtureTests
{
    private const string ObamaPage = "x-v2/twarc2/search-recent_page_obama_with-errors.jsonl";
    private const string ObamaFlat = "x-v2/twarc2/flattened_obama.jsonl";

    [Fact]
    public void Parse_TwarcPageWithErrorsArray_YieldsAllHundredTweets()
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, ObamaPage);

        Assert.Empty(result.Rejected);
        Assert.Equal(100, result.Posts.Count);
        Assert.Equal(47, result.Posts.Count(p => p.Relation == PostRelation.Repost));
        Assert.Equal(8, result.Posts.Count(p => p.Relation == PostRelation.Quote));
    }

    [Fact]
    public void Parse_TwarcRetweet_CarriesTheOriginalsFullTextFromIncludes()
    {
        ParsedRecord record = ParseHelper.File(ImportFormat.X, ObamaPage).Record("1380242611781386245");

        Assert.Equal(PostRelation.Repost, record.Post.Relation);
        Assert.Equal("1380175475545362437", record.Post.ReferencedPostId);
        Assert.StartsWith("De manera simultánea, vuelven a asediar", record.Post.Text);
        Assert.EndsWith("La pandilla del Partido Demócrata hace sentir su regreso.", record.Post.Text);
        Assert.Equal("Alexandravm12", record.Author.Handle);
        Assert.Equal("Alexandra Machado", record.Author.DisplayName);
        Assert.Equal(58, record.Author.Followers);
        Assert.Equal("https://x.com/Alexandravm12/status/1380242611781386245", record.Post.Url);
    }

    [Fact]
    public void Parse_TwarcPage_DecodesHtmlEntitiesAndExpandsLinks()
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, ObamaPage);

        Assert.Contains("“Fast & Furious”", result.Post("1380242435478016006").Text);
        Assert.Equal(
            ["https://www.thegatewaypundit.com/2021/04/nasa-emails-employees-seeking-volunteers-help-staff-facilities-unaccompanied-illegal-alien-children/?utm_source=Twitter&utm_medium=PostSideSharingButtons&utm_campaign=websitesharingbuttons"],
            result.Post("1380242597881409537").Links);
        Assert.DoesNotContain(result.Posts, p => p.Text.Contains("&amp;"));
    }

    [Fact]
    public void Parse_FlattenedOutputOfTheSamePage_GivesTheSamePosts()
    {
        IReadOnlyList<Post> page = ParseHelper.File(ImportFormat.X, ObamaPage).Posts;
        ParseResult flat = ParseHelper.File(ImportFormat.X, ObamaFlat);

        Assert.Empty(flat.Rejected);
        Assert.Equal(page.Select(p => p.PlatformId), flat.Posts.Select(p => p.PlatformId));
        foreach ((Post a, Post b) in page.Zip(flat.Posts))
        {
            Assert.Equal(a.Text, b.Text);
            Assert.Equal(a.Links, b.Links);
            Assert.Equal(a.Relation, b.Relation);
            Assert.Equal(a.ReferencedPostId, b.ReferencedPostId);
            Assert.Equal(a.AuthorKey, b.AuthorKey);
            Assert.Equal(a.Url, b.Url);
        }
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), flat.Outcomes.Select(o => o.Line));
        // Flattened lines inline the author and whole referenced tweets: the stored raw tweet is the page's tweet.
        Post flatRetweet = flat.Post("1380242611781386245");
        Assert.Contains("\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"1380175475545362437\"}]", flatRetweet.RawJson);
        Assert.DoesNotContain(flat.Posts, p => p.RawJson!.Contains("__twarc") || p.RawJson.Contains("\"author\":{"));
    }

    [Fact]
    public void Parse_TwoQueriesInOneFile_YieldsBothPagesWithTheirLineNumbers()
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, "x-v2/twarc2/search-recent_two-queries_kpop_brexit.jsonl");

        Assert.Empty(result.Rejected);
        Assert.Equal(100, result.Outcomes.Count(o => o.Line == 1));
        Assert.Equal(100, result.Outcomes.Count(o => o.Line == 2));
        Assert.Equal(200, result.Posts.Select(p => p.PlatformId).Distinct().Count());
    }

    [Fact]
    public void Parse_StreamWithTruncatedLastLine_KeepsSevenTweetsAndReportsLineEight()
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, "x-v2/twarc2/stream_with-truncated-last-line.jsonl");

        Assert.Equal(["1377650090978992134", "1377650093109743620", "1377650277642338305", "1377650387579248643", "1377650459033280516", "1377650500687044618", "1377650529766154240"],
            result.Posts.Select(p => p.PlatformId));
        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(8, rejected.Line);
        Assert.Equal("truncated last line", rejected.Reason);
    }

    [Fact]
    public void Parse_UrlEntityWithUnwoundMetadata_UsesUnwoundUrlNotDisplayUrl()
    {
        Post post = Assert.Single(ParseHelper.File(ImportFormat.X, "x-v2/twarc2/tweet-lookup_url-entity-with-unwound-metadata.jsonl").Posts);

        Assert.Equal("1610692575752601600", post.PlatformId);
        Assert.Equal(["https://uiadrian.gumroad.com/l/web-design-guide/?offer_code=twk0uc9f7"], post.Links);
        Assert.Equal(PostRelation.Reply, post.Relation);
        Assert.Equal("1610623087061471232", post.ReferencedPostId);
    }

    [Fact]
    public void Parse_UserWithVerifiedType_KeepsIt()
    {
        ParsedRecord record = Assert.Single(ParseHelper.File(ImportFormat.X, "x-v2/twarc2/tweet-lookup_verified-type.jsonl").Records);

        Assert.Equal("1603823063690199040", record.Post.PlatformId);
        Assert.Equal("TwitterDev", record.Author.Handle);
        Assert.Equal("business", record.Author.VerifiedType);
    }

    [Fact]
    public void Parse_SavedDocsResponseWithIncludes_MapsRepliesAndPhotoLinks()
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, "x-v2/docs-examples/search-recent_with-includes-users-tweets.json");

        Assert.Empty(result.Rejected);
        Post post = result.Post("1276035977375477760");
        Assert.Equal(PostRelation.Reply, post.Relation);
        Assert.Equal("1275653067283759104", post.ReferencedPostId);
        Assert.Equal(["https://twitter.com/happycamper/status/1276035977375477760/photo/1"], post.Links);
        Assert.Equal("happycamper", post.AuthorHandle);
    }

    [Theory]
    [InlineData("x-v2/api/search-recent_default-fields_next-token.json", 10)]
    [InlineData("x-v2/api/tweets-lookup_default-fields.json", 2)]
    public void Parse_DefaultFieldsResponse_EveryTweetKeptWithItsTimeFromTheId(string file, int tweets)
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, file);

        Assert.Empty(result.Rejected);
        Assert.Equal(tweets, result.Posts.Count);
        Assert.All(result.Posts, p => Assert.True(p.CreatedAt.Year is 2020 or 2022, $"{p.PlatformId}: {p.CreatedAt:O}"));
    }

    [Theory]
    [InlineData("x-v2/twarc2/counts-recent.jsonl", "unrecognised record")]
    [InlineData("x-v2/api/users-by-usernames.json", "no posts found")]
    public void Parse_ResponsesWithoutTweets_AreReportedOnce(string file, string reason)
    {
        ParseResult result = ParseHelper.File(ImportFormat.X, file);

        Assert.Empty(result.Posts);
        Assert.StartsWith(reason, Assert.Single(result.Rejected).Reason);
    }
}
