using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.Mastodon;

public sealed class MastodonRecordParserFixtureTests
{
    [Fact]
    public void Parse_DocsStatusEntity_MapsTextLinkAndAuthor()
    {
        ParsedRecord record = Assert.Single(ParseHelper.File(ImportFormat.Mastodon, "mastodon/docs-examples/Status_entity.json").Records);

        Assert.Equal("https://mastodon.social/users/Gargron/statuses/103270115826048975", record.Post.PlatformId);
        Assert.Equal("https://mastodon.social/@Gargron/103270115826048975", record.Post.Url);
        Assert.Equal("\"I lost my inheritance with one wrong digit on my sort code\"\n\nhttps://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code", record.Post.Text);
        Assert.Equal(["https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code"], record.Post.Links);
        Assert.Equal("Gargron@mastodon.social", record.Author.Handle);
        Assert.Equal(322930, record.Author.Followers);
        Assert.StartsWith("Developer of Mastodon", record.Author.Bio);
    }

    [Fact]
    public void Parse_StatusWithCardRecording_TakesHrefAndSkipsNonStatusCalls()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Mastodon, "mastodon/responses/status-with-card.json");

        Assert.Empty(result.Rejected);
        Assert.Equal(3, result.Posts.Count);
        Assert.All(result.Posts, p => Assert.Equal(["http://example.org/"], p.Links));
        Assert.All(result.Posts, p => Assert.Equal("http://example.org/", p.Text));
        Assert.Equal("John Lennon", result.Records[0].Author.DisplayName);
        Assert.Equal("I walk funny", result.Records[0].Author.Bio);
    }

    [Fact]
    public void Parse_PublicTimelineRecording_MapsMentionPostWithoutMentionLink()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Mastodon, "mastodon/responses/public-timeline.json");

        Assert.Empty(result.Rejected);
        Assert.Equal(16, result.Posts.Count);
        Post mention = result.Posts.First(p => p.PlatformId == "http://localhost:3000/ap/users/117020565693913441/statuses/117020588169351887");
        Assert.Equal("@mastodonpy_test beep beep I'm a jeep", mention.Text);
        Assert.Empty(mention.Links);
        Assert.Equal("admin@localhost:3000", mention.AuthorHandle);
    }

    [Fact]
    public void Parse_OldSchemaMultiInstanceTimeline_UsesTagUrisAndToleratesMissingKeys()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Mastodon, "mastodon/entities/public-timeline_2017_multi-instance.json");

        Assert.Empty(result.Rejected);
        Assert.Equal(20, result.Posts.Count);
        Post first = result.Posts[0];
        Assert.Equal("tag:mstdn.jp,2017-04-14:objectId=172429:objectType=Status", first.PlatformId);
        Assert.Equal("電話であれ、テキストであれ、伝達能力はしっかり鍛えてほしい。", first.Text);
        Assert.Null(first.Language);
        Assert.Equal("cocoabottle@mastodon.cloud", result.Posts[1].AuthorHandle);
        Assert.Contains("\n【お知らせ】", result.Posts[1].Text);
    }

    [Fact]
    public void Parse_HashtagTimelineRecording_ExcludesHashtagLinkAndReadsDeleteResponseText()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Mastodon, "mastodon/responses/hashtag-timeline_with-link-header.json");

        Assert.Empty(result.Rejected);
        Assert.Equal(3, result.Posts.Count);
        Assert.All(result.Posts, p => Assert.Equal("#hoot (hashtag toot)", p.Text));
        Assert.All(result.Posts, p => Assert.Empty(p.Links));
    }

    [Theory]
    [InlineData("mastodon/responses/account-lookup_and_404.json")]
    [InlineData("mastodon/entities/account_2017.json")]
    public void Parse_AccountResponses_AreReportedAsHoldingNoPosts(string file)
    {
        ParseResult result = ParseHelper.File(ImportFormat.Mastodon, file);

        Assert.Empty(result.Posts);
        Assert.Single(result.Rejected);
    }
}
