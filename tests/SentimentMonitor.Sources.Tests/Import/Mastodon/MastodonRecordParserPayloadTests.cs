using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.Mastodon;

public sealed class MastodonRecordParserPayloadTests
{
    private static ParseResult Timeline() => ParseHelper.Text(ImportFormat.Mastodon, MastodonPayloads.TagTimeline(), "tag.json");

    [Fact]
    public void Parse_StatusHtml_BecomesPlainTextWithFullUrlAndDecodedEntities()
    {
        Post post = Timeline().Posts[0];

        Assert.Equal("New in #NEJM for @onc & friends:\n\n🎉 https://doi.org/10.1056/NEJMoa2214171\nPubMed: pubmed", post.Text);
    }

    [Fact]
    public void Parse_StatusLinks_ExcludeMentionAndHashtagAnchors()
    {
        Assert.Equal(["https://doi.org/10.1056/NEJMoa2214171", "https://pubmed.ncbi.nlm.nih.gov/37099340/"], Timeline().Posts[0].Links);
    }

    [Fact]
    public void Parse_Status_KeysOnCanonicalUriWithUrlPermalinkAndMetrics()
    {
        ParsedRecord record = Timeline().Records[0];

        Assert.Equal(MastodonPayloads.DoiStatusUri, record.Post.PlatformId);
        Assert.Equal("https://med.example/@drpeds/111", record.Post.Url);
        Assert.Equal(new PostMetrics(3, 2, 1, 0), record.Post.Metrics);
        Assert.Equal("en", record.Post.Language);
        Assert.Equal(PostRelation.Original, record.Post.Relation);
    }

    [Fact]
    public void Parse_Account_IsKeyedOnProfileUrlWithQualifiedHandleAndPlainBio()
    {
        Author author = Timeline().Records[0].Author;

        Assert.Equal("mastodon:https://med.example/@drpeds", author.Key);
        Assert.Equal("drpeds@med.example", author.Handle);
        Assert.Equal("Dr Peds", author.DisplayName);
        Assert.Equal("Paediatric haematologist & researcher.\nViews mine. #MedOnc", author.Bio);
        Assert.Equal(321, author.Followers);
        Assert.False(author.IsBot);
    }

    [Fact]
    public void Parse_Reblog_IsRepostOfInnerStatusByTheBotWithInnerTextAndLinks()
    {
        ParsedRecord record = Timeline().Records[1];

        Assert.Equal(PostRelation.Repost, record.Post.Relation);
        Assert.Equal(MastodonPayloads.DoiStatusUri, record.Post.ReferencedPostId);
        Assert.Equal("https://bots.example/users/paperbot/statuses/5/activity", record.Post.PlatformId);
        Assert.Equal("Reblogged text doi", record.Post.Text);
        Assert.Equal(["https://doi.org/10.1056/NEJMoa2214171"], record.Post.Links);
        Assert.Equal("https://med.example/@drpeds/111", record.Post.Url);
        Assert.True(record.Author.IsBot);
        Assert.Equal("paperbot@bots.example", record.Author.Handle);
    }

    [Fact]
    public void Parse_ReplyWithCardAndContentWarning_KeepsWarningFirstAndCardLink()
    {
        Post post = Timeline().Posts[2];

        Assert.Equal(PostRelation.Reply, post.Relation);
        Assert.Null(post.ReferencedPostId);
        Assert.Equal("Trial results\n\nShort <summary> here", post.Text);
        Assert.Equal(["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171"], post.Links);
        Assert.Equal(new DateTimeOffset(2023, 4, 29, 10, 0, 0, TimeSpan.Zero), post.CreatedAt);
    }

    [Fact]
    public void Parse_SameStatusFromTwoInstances_HasOnePlatformId()
    {
        string local = MastodonPayloads.TagTimeline();
        string remote = local.Replace("\"id\":\"111\"", "\"id\":\"987654\"");

        ParseResult result = ParseHelper.Text(ImportFormat.Mastodon, local.Replace("\n", "") + "\n" + remote.Replace("\n", "") + "\n", "two-instances.jsonl");

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Posts.Count(p => p.PlatformId == MastodonPayloads.DoiStatusUri && p.Relation == PostRelation.Original));
    }

    [Fact]
    public void Parse_StatusWithoutCreatedAt_IsRejectedNamingTheField()
    {
        string status = """[{"id":"1","uri":"https://a.example/s/1","content":"<p>x</p>","account":{"url":"https://a.example/@a","acct":"a"}}]""";

        RejectedRecord rejected = Assert.Single(ParseHelper.Text(ImportFormat.Mastodon, status).Rejected);

        Assert.Equal("created_at", rejected.Field);
    }

    [Fact]
    public void Parse_SearchResults_ReadsStatusesArray()
    {
        string search = "{\"accounts\":[],\"hashtags\":[],\"statuses\":" + MastodonPayloads.TagTimeline() + "}";

        Assert.Equal(3, ParseHelper.Text(ImportFormat.Mastodon, search).Posts.Count);
    }
}
