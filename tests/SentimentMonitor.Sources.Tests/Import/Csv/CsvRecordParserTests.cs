using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import.Csv;

public sealed class CsvRecordParserTests
{
    private const string Header = "platform,id,created_at,author_handle,author_name,author_bio,text,url,links,author_id,lang,likes,reposts,replies,quotes,relation,referenced_id";

    private const string Example = Header + "\n"
        + "x,1651600000000000001,2023-04-27T12:00:00Z,doc_one,Dr One,\"Paediatric oncologist, views mine\",\"Blinatumomab in infants: https://t.co/abc\",https://x.com/doc_one/status/1651600000000000001,https://doi.org/10.1056/NEJMoa2214171,u1,en,12,3,2,1,,\n"
        + "bluesky,at://did:plc:doc1/app.bsky.feed.post/3kdoi,2023-04-28T08:30:00Z,doc.bsky.social,Doc,,\"Two links,\non two lines\",,https://www.nejm.org/doi/full/10.1056/NEJMoa2214171 | https://pubmed.ncbi.nlm.nih.gov/37099340/,did:plc:doc1,en,,,,,reply,at://did:plc:x/app.bsky.feed.post/1\n"
        + "mastodon,https://med.example/users/a/statuses/1,2023-04-29 10:00:00,a@med.example,,,\"Shared \"\"the\"\" trial\",,,,,,,,,repost,https://med.example/users/b/statuses/2\n";

    private static ParseResult Parse(string csv) => ParseHelper.Text(ImportFormat.Csv, csv, "posts.csv");

    [Fact]
    public void Parse_DocumentedExample_MapsEveryColumn()
    {
        ParseResult result = Parse(Example);

        Assert.Empty(result.Rejected);
        ParsedRecord x = result.Records[0];
        Assert.Equal(Platform.X, x.Post.Platform);
        Assert.Equal("1651600000000000001", x.Post.PlatformId);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 12, 0, 0, TimeSpan.Zero), x.Post.CreatedAt);
        Assert.Equal("Blinatumomab in infants: https://t.co/abc", x.Post.Text);
        Assert.Equal(["https://doi.org/10.1056/NEJMoa2214171"], x.Post.Links);
        Assert.Equal(new PostMetrics(12, 3, 2, 1), x.Post.Metrics);
        Assert.Equal("en", x.Post.Language);
        Assert.Equal("x:u1", x.Author.Key);
        Assert.Equal("Dr One", x.Author.DisplayName);
        Assert.Equal("Paediatric oncologist, views mine", x.Author.Bio);
    }

    [Fact]
    public void Parse_MultiLineCellAndPipeSeparatedLinks_AreOneRecordAtItsStartLine()
    {
        ParseResult result = Parse(Example);

        Post bluesky = result.Posts[1];
        Assert.Equal("Two links,\non two lines", bluesky.Text);
        Assert.Equal(["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171", "https://pubmed.ncbi.nlm.nih.gov/37099340/"], bluesky.Links);
        Assert.Equal(PostRelation.Reply, bluesky.Relation);
        Assert.Equal("at://did:plc:x/app.bsky.feed.post/1", bluesky.ReferencedPostId);
        Assert.Equal("https://bsky.app/profile/doc.bsky.social/post/3kdoi", bluesky.Url);
        Assert.Equal([2L, 3L, 5L], result.Outcomes.Select(o => o.Line));
    }

    [Fact]
    public void Parse_RowWithoutZoneOrOptionalCells_DefaultsToUtcAndZeroCounts()
    {
        ParsedRecord mastodon = Parse(Example).Records[2];

        Assert.Equal(new DateTimeOffset(2023, 4, 29, 10, 0, 0, TimeSpan.Zero), mastodon.Post.CreatedAt);
        Assert.Equal("Shared \"the\" trial", mastodon.Post.Text);
        Assert.Equal(PostRelation.Repost, mastodon.Post.Relation);
        Assert.Equal("mastodon:a@med.example", mastodon.Author.Key);
        Assert.Equal(new PostMetrics(), mastodon.Post.Metrics);
        Assert.Empty(mastodon.Post.Links);
    }

    [Fact]
    public void Parse_RawJson_IsACompactObjectOfTheNonEmptyCells()
    {
        string raw = Parse(Example).Posts[2].RawJson!;

        Assert.StartsWith("{\"platform\":\"mastodon\",\"id\":\"https://med.example/users/a/statuses/1\"", raw);
        Assert.DoesNotContain("\"likes\"", raw);
    }

    [Theory]
    [InlineData("x,,2023-01-01T00:00:00Z,h,n,b,t,,,,,,,,,,", "id")]
    [InlineData("x,1,,h,n,b,t,,,,,,,,,,", "created_at")]
    [InlineData("x,1,yesterday,h,n,b,t,,,,,,,,,,", "created_at")]
    [InlineData("x,1,2023-01-01T00:00:00Z,,n,b,t,,,,,,,,,,", "author_handle")]
    [InlineData("myspace,1,2023-01-01T00:00:00Z,h,n,b,t,,,,,,,,,,", "platform")]
    [InlineData("x,1,2023-01-01T00:00:00Z,h,n,b,t,,,,,many,,,,,", "likes")]
    [InlineData("x,1,2023-01-01T00:00:00Z,h,n,b,t,,,,,,,,,liked,", "relation")]
    public void Parse_BadRow_IsRejectedNamingTheFieldAndLaterRowsKept(string row, string field)
    {
        ParseResult result = Parse(Header + "\n" + row + "\nx,2,2023-01-01T00:00:00Z,h,n,b,ok,,,,,,,,,,\n");

        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(field, rejected.Field);
        Assert.Equal(2, rejected.Line);
        Assert.Equal("posts.csv", rejected.File);
        Assert.Equal("2", Assert.Single(result.Posts).PlatformId);
    }

    [Fact]
    public void Parse_HeaderMissingColumns_RejectsTheFileNamingThem()
    {
        ParseResult result = Parse("platform,id,created_at,text\nx,1,2023-01-01T00:00:00Z,hi\n");

        RejectedRecord rejected = Assert.Single(result.Outcomes).Rejected!;
        Assert.Equal(1, rejected.Line);
        Assert.Contains("author_handle, author_name, author_bio, url, links", rejected.Reason);
    }

    [Fact]
    public void Parse_StrayQuoteInACell_IsRejectedAsMalformed()
    {
        ParseResult result = Parse(Header + "\nx,1,2023-01-01T00:00:00Z,h,n,b,bad \"quote\" here,,,,,,,,,,\nx,2,2023-01-01T00:00:00Z,h,n,b,ok,,,,,,,,,,\n");

        Assert.StartsWith("malformed CSV", Assert.Single(result.Rejected).Reason);
        Assert.Equal("2", Assert.Single(result.Posts).PlatformId);
    }

    [Fact]
    public void Parse_TwarcCsvFixture_ReadsDottedColumnsAndJsonQuotedText()
    {
        ParseResult result = ParseHelper.File(ImportFormat.Csv, "x-v2/twarc-csv/small_sample.csv");

        Assert.Empty(result.Rejected);
        Assert.Equal(4, result.Posts.Count);
        ParsedRecord first = result.Records[0];
        Assert.Equal("1170073690492588037", first.Post.PlatformId);
        Assert.StartsWith("After a long quest to the Motel; we have arrived safely to Montreal! can’t wait", first.Post.Text);
        Assert.Equal("aXSniperSC", first.Author.Handle);
        Assert.Equal("Chris Canning", first.Author.DisplayName);
        Assert.Equal(453, first.Author.Followers);
        Assert.Equal("https://x.com/aXSniperSC/status/1170073690492588037", first.Post.Url);
        Assert.Equal(3, first.Post.Metrics.Likes);
        Post quote = result.Post("1169968866866466817");
        Assert.Equal(PostRelation.Quote, quote.Relation);
        Assert.Equal("1169734611666198528", quote.ReferencedPostId);
        Assert.Equal(["https://twitter.com/GameStop/status/1169734611666198528"], quote.Links);
    }

    [Fact]
    public void Parse_TwarcCsvAndItsJsonlSource_AgreeOnTextsAndLinks()
    {
        IReadOnlyList<Post> csv = ParseHelper.File(ImportFormat.Csv, "x-v2/twarc-csv/small_sample.csv").Posts;
        IReadOnlyList<Post> jsonl = ParseHelper.File(ImportFormat.X, "x-v2/twarc-csv/small_sample.jsonl").Posts;

        foreach (Post fromJson in jsonl)
        {
            Post fromCsv = csv.Single(p => p.PlatformId == fromJson.PlatformId);
            Assert.Equal(fromJson.Text, fromCsv.Text);
            Assert.Equal(fromJson.Links, fromCsv.Links);
            Assert.Equal(fromJson.CreatedAt, fromCsv.CreatedAt);
            Assert.Equal(fromJson.AuthorKey, fromCsv.AuthorKey);
        }
    }
}
