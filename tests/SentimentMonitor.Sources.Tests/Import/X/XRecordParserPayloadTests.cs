using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.X;

public sealed class XRecordParserPayloadTests
{
    private static ParseResult Page() => ParseHelper.Text(ImportFormat.X, XPayloads.Page + "\n", "page.jsonl");

    [Fact]
    public void Parse_PageWithPartialErrors_MapsEveryTweetAndRejectsNothing()
    {
        ParseResult result = Page();

        Assert.Empty(result.Rejected);
        Assert.Equal(["1001", "1002", "1003", "1004", "1005", "1006"], result.Posts.Select(p => p.PlatformId));
        Assert.All(result.Outcomes, o => Assert.Equal(1, o.Line));
    }

    [Fact]
    public void Parse_EmojiBeforeDoiLink_UsesExpandedUrlAndDecodesEntities()
    {
        Post post = Page().Post("1001");

        Assert.Equal(["https://doi.org/10.1056/NEJMoa2214171"], post.Links);
        Assert.Equal("🎉🧒 Infant ALL & blinatumomab: https://t.co/aaa1 wow", post.Text);
        Assert.Equal(new PostMetrics(12, 3, 2, 1, 456), post.Metrics);
        Assert.Equal("en", post.Language);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 12, 0, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal("https://x.com/doc_one/status/1001", post.Url);
    }

    [Fact]
    public void Parse_NejmAndPubmedLinks_PrefersUnwoundOverExpandedAndNeverDisplayUrl()
    {
        Post post = Page().Post("1002");

        Assert.Equal(["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home", "https://pubmed.ncbi.nlm.nih.gov/37099340/"], post.Links);
        Assert.Equal("Read it at https://t.co/bbb2 and https://t.co/ccc3 <3", post.Text);
    }

    [Fact]
    public void Parse_ShortLinkWithoutExpansion_KeepsTheTcoUrlForLaterExpansion()
    {
        Assert.Equal(["https://t.co/ddd4"], Page().Post("1003").Links);
    }

    [Fact]
    public void Parse_Retweet_IsRepostOfOriginalWithOriginalsFullTextAndLinks()
    {
        Post post = Page().Post("1004");

        Assert.Equal(PostRelation.Repost, post.Relation);
        Assert.Equal("1001", post.ReferencedPostId);
        Assert.Equal("🎉🧒 Infant ALL & blinatumomab: https://t.co/aaa1 wow", post.Text);
        Assert.Contains("https://doi.org/10.1056/NEJMoa2214171", post.Links);
        Assert.Equal("nurse_two", post.AuthorHandle);
    }

    [Fact]
    public void Parse_QuoteThatAlsoReplies_IsQuoteOfTheQuotedTweet()
    {
        Post post = Page().Post("1005");

        Assert.Equal(PostRelation.Quote, post.Relation);
        Assert.Equal("1001", post.ReferencedPostId);
        Assert.Equal(["https://twitter.com/doc_one/status/1001"], post.Links);
    }

    [Fact]
    public void Parse_LongPost_UsesNoteTweetTextAndLinks()
    {
        Post post = Page().Post("1006");

        Assert.Equal("Long thread start, all of it & more: see https://t.co/ggg7", post.Text);
        Assert.Contains("https://www.nejm.org/doi/10.1056/NEJMoa2214171", post.Links);
    }

    [Fact]
    public void Parse_AuthorFromIncludes_HasBioWithExpandedLinksFollowersAndVerifiedType()
    {
        Author author = Page().Record("1001").Author;

        Assert.Equal("x:u1", author.Key);
        Assert.Equal("doc_one", author.Handle);
        Assert.Equal("Dr One", author.DisplayName);
        Assert.Equal("Paediatric oncologist. Blog: https://drone.example.org/blog", author.Bio);
        Assert.Equal(1234, author.Followers);
        Assert.Equal("blue", author.VerifiedType);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 12, 0, 0, TimeSpan.Zero), author.ProfileSeenAt);
        Assert.Null(Page().Record("1002").Author.VerifiedType);
    }

    [Fact]
    public void Parse_RawJson_IsTheCompactTweetOnlyWithoutPageOrTwarcMetadata()
    {
        string raw = Page().Post("1001").RawJson!;

        Assert.StartsWith("{\"id\":\"1001\",\"author_id\":\"u1\"", raw);
        Assert.DoesNotContain("includes", raw);
        Assert.DoesNotContain("__twarc", raw);
        Assert.DoesNotContain("\": ", raw);
    }

    [Fact]
    public void Parse_MalformedLineBetweenGoodLines_RejectsItWithLineAndContinues()
    {
        string input = XPayloads.Page + "\n{\"data\":[{\"id\":\"2001\" \"text\":\"x\"}]}\n" + XPayloads.Page + "\n";

        ParseResult result = ParseHelper.Text(ImportFormat.X, input, "mixed.jsonl");

        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal("mixed.jsonl", rejected.File);
        Assert.Equal(2, rejected.Line);
        Assert.StartsWith("malformed JSON", rejected.Reason);
        Assert.Equal(12, result.Posts.Count);
        Assert.Equal(3, result.Outcomes.Last().Line);
    }

    [Fact]
    public void Parse_TruncatedLastLine_IsReportedAndEarlierLinesKept()
    {
        string cut = XPayloads.Page[..(XPayloads.Page.Length / 2)];

        ParseResult result = ParseHelper.Text(ImportFormat.X, XPayloads.Page + "\n" + cut, "cut.jsonl");

        Assert.Equal(6, result.Posts.Count);
        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(2, rejected.Line);
        Assert.Equal("truncated last line", rejected.Reason);
    }

    [Fact]
    public void Parse_TweetWithoutAuthor_KeptUnderTheUnknownAuthor()
    {
        string line = """{"data":[{"id":"3001","created_at":"2023-01-01T00:00:00.000Z","text":"no author"}]}""";

        ParseResult result = ParseHelper.Text(ImportFormat.X, line);

        Assert.Empty(result.Rejected);
        Assert.Equal("x:unknown", Assert.Single(result.Posts).AuthorKey);
    }

    [Fact]
    public void Parse_TweetWithoutCreatedAt_IsRejectedNamingTheField()
    {
        string line = """{"data":[{"id":"3002","author_id":"u1","text":"no time"}]}""";

        Assert.Equal("created_at", Assert.Single(ParseHelper.Text(ImportFormat.X, line).Rejected).Field);
    }

    [Fact]
    public void Parse_AuthorMissingFromIncludes_KeysOnIdWithIdOnlyPermalink()
    {
        string line = """{"data":[{"id":"3003","author_id":"777","created_at":"2023-01-01T00:00:00.000Z","text":"hi"}]}""";

        ParsedRecord record = Assert.Single(ParseHelper.Text(ImportFormat.X, line).Records);

        Assert.Equal("x:777", record.Author.Key);
        Assert.Equal(DateTimeOffset.MinValue, record.Author.ProfileSeenAt);
        Assert.Equal("https://x.com/i/web/status/3003", record.Post.Url);
    }

    [Fact]
    public void Parse_IndentedSavedResponse_IsReadAsOneDocument()
    {
        string indented = XPayloads.Page.Replace(",\"", ",\n  \"");

        ParseResult result = ParseHelper.Text(ImportFormat.X, indented, "saved.json");

        Assert.Empty(result.Rejected);
        Assert.Equal(6, result.Posts.Count);
    }

    [Fact]
    public void Parse_RecordedInteractionEnvelope_ReadsSuccessfulBodiesOnly()
    {
        string envelope = """
            {"interactions":[
              {"request":{"method":"GET","url":"https://api.x.com/2/tweets/search/recent"},"response":{"status":429,"headers":{},"body":{"title":"Too Many Requests","status":429}}},
              {"request":{"method":"GET","url":"https://api.x.com/2/tweets/search/recent"},"response":{"status":200,"headers":{},"body":PAGE}}]}
            """.Replace("PAGE", XPayloads.Page);

        ParseResult result = ParseHelper.Text(ImportFormat.X, envelope, "cassette.json");

        Assert.Empty(result.Rejected);
        Assert.Equal(6, result.Posts.Count);
    }

    [Fact]
    public void Parse_EmptyLastPage_IsRecognisedWithNothingToReport()
    {
        string line = """{"meta":{"result_count":0},"__twarc":{"version":"2.14.0"}}""";

        Assert.Empty(ParseHelper.Text(ImportFormat.X, line).Outcomes);
    }

    [Fact]
    public void Parse_BlankLinesAndCrLf_AreSkippedAndLinesCountedPhysically()
    {
        string input = "\r\n" + XPayloads.Page + "\r\n\r\n" + XPayloads.Page + "\r\n";

        ParseResult result = ParseHelper.Text(ImportFormat.X, input);

        Assert.Empty(result.Rejected);
        Assert.Equal([2L, 4L], result.Outcomes.Select(o => o.Line).Distinct());
    }

    [Fact]
    public void Parse_TextCutInsideAnEmoji_KeepsTheRecordWithAReplacementCharacter()
    {
        string line = """{"data":[{"id":"3004","author_id":"u1","created_at":"2023-01-01T00:00:00.000Z","text":"RT @a: great \ud83c\u2026"}]}""";

        Post post = Assert.Single(ParseHelper.Text(ImportFormat.X, line).Posts);

        Assert.Equal("RT @a: great \uFFFD…", post.Text);
    }
}
