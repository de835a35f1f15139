using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Import;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class RecordParsersTests
{
    [Theory]
    [InlineData(ImportFormat.X)]
    [InlineData(ImportFormat.Bluesky)]
    [InlineData(ImportFormat.Mastodon)]
    [InlineData(ImportFormat.Csv)]
    public void For_EachFormat_ReturnsAParserOfThatFormat(ImportFormat format)
    {
        Assert.Equal(format, RecordParsers.For(format).Format);
    }

    [Fact]
    public void For_UnknownFormat_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordParsers.For((ImportFormat)99));
    }
}
