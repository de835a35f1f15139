using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class TimestampsTests
{
    [Theory]
    [InlineData("2025-05-19T17:10:09.561Z", 5610000)]
    [InlineData("2025-05-19T17:10:09.561858Z", 5618580)]
    [InlineData("2025-05-19T17:10:09Z", 0)]
    [InlineData("2025-05-19T17:10:09+00:00", 0)]
    [InlineData("2025-05-19T19:10:09+02:00", 0)]
    [InlineData("2025-05-19 17:10:09", 0)]
    public void TryParse_LenientIso8601_GivesUtc(string text, long fractionTicks)
    {
        Assert.True(Timestamps.TryParse(text, out DateTimeOffset value));

        Assert.Equal(new DateTimeOffset(2025, 5, 19, 17, 10, 9, TimeSpan.Zero).AddTicks(fractionTicks), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    public void TryParse_NotADate_IsFalse(string? text)
    {
        Assert.False(Timestamps.TryParse(text, out _));
    }
}
