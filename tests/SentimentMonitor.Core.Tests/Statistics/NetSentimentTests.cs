using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Core.Tests.Statistics;

public class NetSentimentTests
{
    [Theory]
    [InlineData(8, 2, 0.6, -0.0197, 0.8866)]
    [InlineData(0, 5, -1.0, -1.0, -0.1310)]
    [InlineData(5, 0, 1.0, 0.1310, 1.0)]
    [InlineData(30, 10, 0.5, 0.1961, 0.7163)]
    [InlineData(2, 1, 0.3333, -0.5847, 0.8770)]
    public void Interval_KnownCounts_MatchWilsonMappedToNet(int pos, int neg, double value, double low, double high)
    {
        NetSentiment net = new(pos, neg);

        Assert.Equal(pos + neg, net.Count);
        Assert.Equal(value, net.Value!.Value, 4);
        Assert.Equal(low, net.Low!.Value, 4);
        Assert.Equal(high, net.High!.Value, 4);
    }

    [Fact]
    public void Interval_SameNetFromMorePosts_IsNarrower()
    {
        NetSentiment few = new(9, 1), many = new(900, 100);

        Assert.Equal(few.Value, many.Value);
        Assert.True(many.High - many.Low < (few.High - few.Low) / 5);
    }

    [Fact]
    public void Value_NoOpinionatedPosts_IsNullAndFormatsAsDash()
    {
        Assert.Null(NetSentiment.None.Value);
        Assert.Null(NetSentiment.None.Low);
        Assert.Equal("– n=0", NetSentiment.None.Format());
    }

    [Fact]
    public void Format_KnownCounts_SignsAndTwoDecimals()
    {
        Assert.Equal("+0.60 [-0.02,+0.89] n=10", new NetSentiment(8, 2).Format());
        Assert.Equal("-1.00 n=5", new NetSentiment(0, 5).Format(withInterval: false));
        Assert.Equal("+0.00", NetSentiment.Signed(-0.001));
    }

    [Fact]
    public void Wilson_InvalidCounts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetSentiment.Wilson(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetSentiment.Wilson(3, 2));
    }
}
