using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import;
using SentimentMonitor.Sources.Import.X;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class XSnowflakeTests
{
    [Fact]
    public void TryGetTime_RecordedSearchId_IsTheMomentBeforeTheResponseDate()
    {
        // The recorded response (Tweepy cassette) is dated Fri, 07 Oct 2022 22:43:19 GMT.
        Assert.True(XSnowflake.TryGetTime("1578516068309794817", out DateTimeOffset time));
        Assert.Equal(new DateTimeOffset(2022, 10, 7, 22, 42, 12, 752, TimeSpan.Zero), time);
    }

    [Theory]
    [InlineData("20")]            // pre-2010 sequential id: no time inside
    [InlineData("12ab")]
    [InlineData("-1578516068309794817")]
    [InlineData("")]
    public void TryGetTime_NotASnowflake_False(string id) => Assert.False(XSnowflake.TryGetTime(id, out _));

    [Fact]
    public void Parse_DefaultFieldsPage_TimesFromIdsAndAnUnknownAuthor()
    {
        using FileStream file = File.OpenRead(ParseHelper.FixturePath("x-v2/api/search-recent_default-fields_next-token.json"));
        List<ParseOutcome> outcomes = RecordParsers.For(ImportFormat.X).Parse(file, "default-fields.json").ToList();

        Assert.All(outcomes, o => Assert.Null(o.Rejected));
        Post first = outcomes[0].Record!.Post;
        Assert.Equal("1578516068309794817", first.PlatformId);
        Assert.Equal(new DateTimeOffset(2022, 10, 7, 22, 42, 12, 752, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal("x:unknown", first.AuthorKey);
    }
}
