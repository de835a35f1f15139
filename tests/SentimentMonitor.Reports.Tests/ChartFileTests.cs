using System.Buffers.Binary;
using System.Xml.Linq;
using SentimentMonitor.Reports.Charts;
using SentimentMonitor.Reports.Tests.Fixtures;

namespace SentimentMonitor.Reports.Tests;

public sealed class ChartFileTests(GeneratedReports reports) : IClassFixture<GeneratedReports>
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void EveryPng_Decodes_WithSlideSizeFromIhdr()
    {
        string[] pngs = reports.Comparison.Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)).ToArray();
        Assert.Equal(12, pngs.Length);
        foreach (string png in pngs)
        {
            byte[] bytes = File.ReadAllBytes(GeneratedReports.PathOf(reports.Comparison, png));
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
            Assert.Equal(ChartStyle.Width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
            Assert.Equal(ChartStyle.Height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
            Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 8, 4));
            Assert.True(bytes.Length > 10_000, $"{png} is suspiciously small ({bytes.Length} bytes)");
        }
    }

    [Fact]
    public void PublicationSvgs_EachChart_NamesItsPaperUnderTheTitle()
    {
        string[] svgs = reports.Comparison.Files.Where(f => f.StartsWith("10.1056-nejmoa2214171-", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, svgs.Length);
        foreach (string svg in svgs)
            Assert.Contains("Blinatumomab in Infants with KMT2A-Rearranged ALL", File.ReadAllText(GeneratedReports.PathOf(reports.Comparison, svg)));
    }

    [Theory]
    [InlineData("10.1056-nejmoa2214171-weekly-sentiment.svg", new[] { "Posts per week by sentiment", "Positive", "Neutral", "Negative", "May 6", "May 13" })]
    [InlineData("10.1056-nejmoa2214171-clinician-net.svg", new[] { "Clinician net sentiment per week", "Weekly net sentiment", "95% interval (Wilson)", "n=4", "n=3" })]
    [InlineData("10.1056-nejmoa2214171-specialties.svg", new[] { "Clinician posts by specialty", "hematology", "pediatric hematology oncology", "cardiology" })]
    [InlineData("10.1056-nejmoa2214171-aspects.svg", new[] { "Aspects discussed", "efficacy", "30% of posts · n=3 · net +1.00" })]
    [InlineData("10.1056-nejmoa2214171-platforms.svg", new[] { "Posts by platform", "bluesky", "mastodon" })]
    [InlineData("comparison-volume.svg", new[] { "Cumulative posts since publication", "Blinatumomab in Infants with KMT2A-Rearranged ALL", "Another trial" })]
    [InlineData("comparison-clinician-net.svg", new[] { "Clinician net sentiment by week since publication", "Another trial" })]
    public void Svg_Parses_AndNamesItsSeries(string file, string[] texts)
    {
        XDocument svg = XDocument.Load(GeneratedReports.PathOf(reports.Comparison, file));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal(ChartStyle.Width.ToString(), svg.Root.Attribute("width")!.Value);
        string[] shown = svg.Descendants(ns + "text").Select(t => t.Value.Trim()).ToArray();
        foreach (string text in texts)
            Assert.Contains(shown, s => s.Contains(text, StringComparison.Ordinal));
    }
}
