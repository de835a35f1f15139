using System.Globalization;
using System.Text.Json;
using CsvHelper;
using SentimentMonitor.Reports.Tests.Fixtures;

namespace SentimentMonitor.Reports.Tests;

public sealed class ReportGeneratorTests(GeneratedReports reports) : IClassFixture<GeneratedReports>
{
    [Fact]
    public void Generate_TwoPublications_WritesEveryFileItLists()
    {
        string[] expected =
        [
            "posts.csv", "posts.jsonl", "summary.json", "report.md", "report.html",
            "comparison-volume.png", "comparison-volume.svg", "comparison-clinician-net.png", "comparison-clinician-net.svg",
            "10.1056-nejmoa2214171-weekly-sentiment.png", "10.1056-nejmoa2214171-clinician-net.svg", "10.1056-nejmoa2214171-specialties.png",
            "10.1056-nejmoa2214171-aspects.svg", "10.1056-nejmoa2214171-platforms.png", "10.1000-other.2024-weekly-sentiment.png",
        ];
        foreach (string file in expected)
            Assert.Contains(file, reports.Comparison.Files);
        Assert.Equal(5 + 4 + 2 * 10, reports.Comparison.Files.Count);
        Assert.Equal(reports.Comparison.Files.Order(), Directory.GetFiles(reports.Comparison.OutputDirectory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void PostsCsv_TwoPublications_HoldsEveryPostOnceOldestFirstWithLabels()
    {
        List<Dictionary<string, string>> rows = ReadCsv(GeneratedReports.PathOf(reports.Comparison, "posts.csv"));

        Assert.Equal(ReportFixture.ExportOrder, rows.Select(r => r["id"]));
        Dictionary<string, string> b3 = rows.Single(r => r["id"] == "b3");
        Assert.Equal("negative", b3["sentiment"]);
        Assert.Equal("safety", b3["aspects"]);
        Assert.Equal("clinician", b3["author_role"]);
        Assert.Equal("pediatric_hematology_oncology", b3["specialty"]);
        Assert.Equal("2024-05-15T09:00:00.000Z", b3["created_at"]);
        Assert.Equal("30", b3["likes"]);
        Assert.Equal(ReportFixture.Other, rows.Single(r => r["id"] == "o2")["publication_keys"]);
    }

    [Fact]
    public void PostsJsonl_TwoPublications_OneExportRecordPerLine()
    {
        string[] lines = File.ReadAllLines(GeneratedReports.PathOf(reports.Comparison, "posts.jsonl"));

        Assert.Equal(ReportFixture.ExportOrder, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        JsonElement a2 = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("Event-free survival looks strong <b>here</b>.", a2.GetProperty("text").GetString());
        Assert.Equal("hematology", a2.GetProperty("specialty").GetString());
        Assert.Equal(0.8, a2.GetProperty("sentiment_confidence").GetDouble(), 4);
    }

    [Fact]
    public void SummaryJson_RunningExample_HasTheHandCountedNumbers()
    {
        JsonElement blina = Publication(reports.Comparison, ReportFixture.Blina);

        JsonElement headline = blina.GetProperty("headline");
        Assert.Equal(10, headline.GetProperty("posts").GetInt32());
        Assert.Equal(7, headline.GetProperty("clinician_posts").GetInt32());
        Assert.Equal(Math.Round(3 / 7.0, 4), headline.GetProperty("clinician_net").GetProperty("net").GetDouble());
        JsonElement[] weeks = blina.GetProperty("weekly_sentiment").EnumerateArray().ToArray();
        Assert.Equal(["2024-05-06", "2024-05-13"], weeks.Select(w => w.GetProperty("week_start").GetString()));
        Assert.Equal([4, 2], weeks.Select(w => w.GetProperty("positive").GetInt32()));
        Assert.Equal([2, 0], weeks.Select(w => w.GetProperty("neutral").GetInt32()));
        Assert.Equal([0, 2], weeks.Select(w => w.GetProperty("negative").GetInt32()));
        JsonElement[] net = blina.GetProperty("clinician_net_weekly").EnumerateArray().ToArray();
        Assert.Equal([1.0, Math.Round(-1 / 3.0, 4)], net.Select(w => w.GetProperty("net").GetDouble()));
        Assert.True(net[1].GetProperty("low").GetDouble() < -0.8 && net[1].GetProperty("high").GetDouble() > 0.5);
        Assert.Equal(["hematology:3", "pediatric_hematology_oncology:3", "cardiology:1"],
            blina.GetProperty("specialties").EnumerateArray().Select(s => $"{s.GetProperty("key").GetString()}:{s.GetProperty("posts").GetInt32()}"));
        Assert.Equal(["efficacy", "practice_change", "safety", "study_design"], blina.GetProperty("aspects").EnumerateArray().Select(a => a.GetProperty("key").GetString()));
        Assert.Equal(0.3, blina.GetProperty("aspects")[0].GetProperty("share").GetDouble());
        Assert.Equal(["x:6", "bluesky:3", "mastodon:1"],
            blina.GetProperty("platforms").EnumerateArray().Select(s => $"{s.GetProperty("key").GetString()}:{s.GetProperty("posts").GetInt32()}"));
        JsonElement posts = blina.GetProperty("posts");
        Assert.Equal(["a1", "b1", "a2", "a3", "b2"], posts.GetProperty("top_positive_clinician").EnumerateArray().Select(p => p.GetProperty("key").GetString()!.Split(':')[1]));
        Assert.Equal(["b3", "m1"], posts.GetProperty("top_negative_clinician").EnumerateArray().Select(p => p.GetProperty("key").GetString()!.Split(':')[1]));
        Assert.Equal(10, posts.GetProperty("match_rules").GetProperty("doi_link").GetInt32());
        // a1 also quotes the title, but only the strongest rule counts: the counts add up to the 10 posts.
        Assert.Equal(["doi_link"], posts.GetProperty("match_rules").EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, posts.GetProperty("sentiment_label_sources").GetProperty("sentiment-test").GetInt32());
    }

    [Fact]
    public void SummaryJson_OtherPaper_CountsDaysSinceItsOwnPublication()
    {
        JsonElement other = Publication(reports.Comparison, ReportFixture.Other);

        JsonElement[] days = other.GetProperty("daily_since_publication").EnumerateArray().ToArray();
        Assert.Equal([0, 0, 0, 1, 1], days.Select(d => d.GetProperty("posts").GetInt32()));
        Assert.Equal(2, days[^1].GetProperty("cumulative").GetInt32());
    }

    [Fact]
    public void Generate_CliniciansOnlyAndDayRange_KeepsOnlyThoseRowsAndNumbers()
    {
        List<Dictionary<string, string>> rows = ReadCsv(GeneratedReports.PathOf(reports.CliniciansWeek2, "posts.csv"));
        JsonElement blina = Publication(reports.CliniciansWeek2, ReportFixture.Blina);

        Assert.Equal(["a3", "b3", "m1"], rows.Select(r => r["id"]));
        Assert.Equal(3, blina.GetProperty("sentiment_totals").GetProperty("total").GetInt32());
        Assert.Equal(4, blina.GetProperty("headline").GetProperty("posts").GetInt32());
        Assert.Equal("clinicians", blina.GetProperty("audience").GetString());
        Assert.Single(blina.GetProperty("weekly_sentiment").EnumerateArray());
        Assert.DoesNotContain(reports.CliniciansWeek2.Files, f => f.StartsWith("comparison-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("posts.csv")]
    [InlineData("posts.jsonl")]
    [InlineData("summary.json")]
    [InlineData("10.1056-nejmoa2214171-clinician-net.png")]
    [InlineData("comparison-volume.svg")]
    public void Generate_SameDatabaseAndOptions_DataAndChartsAreByteIdentical(string file)
    {
        Assert.Equal(File.ReadAllBytes(GeneratedReports.PathOf(reports.Comparison, file)), File.ReadAllBytes(GeneratedReports.PathOf(reports.Again, file)));
    }

    [Fact]
    public void Generate_DifferentGenerationTime_OnlyTheReportsMentionIt()
    {
        Assert.Contains("2024-06-01 12:00", File.ReadAllText(GeneratedReports.PathOf(reports.Comparison, "report.md")));
        Assert.Contains("2024-06-01 17:00", File.ReadAllText(GeneratedReports.PathOf(reports.Again, "report.html")));
        Assert.DoesNotContain("2024-06-01", File.ReadAllText(GeneratedReports.PathOf(reports.Comparison, "summary.json")));
    }

    [Fact]
    public void ReportMarkdown_RunningExample_HasHeadlinesTopPostsAndMethod()
    {
        string md = File.ReadAllText(GeneratedReports.PathOf(reports.Comparison, "report.md"));

        Assert.Contains("| Clinician net sentiment | +0.43 \\[", md);
        Assert.Contains("![Clinician net sentiment per week](10.1056-nejmoa2214171-clinician-net.png)", md);
        Assert.Contains("[open](https://example.org/pedsonc.bsky.social/b3)", md);
        Assert.Contains("Sentiment labels: sentiment-test (10)", md);
        Assert.Contains("Matching rules: doi_link (10)", md);
        Assert.Contains("Small count: clinician net sentiment rests on 7", md);
    }

    private static JsonElement Publication(ReportResult result, string key) =>
        JsonDocument.Parse(File.ReadAllText(GeneratedReports.PathOf(result, "summary.json"))).RootElement
            .GetProperty("publications").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using StreamReader reader = new(path);
        using CsvReader csv = new(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        List<Dictionary<string, string>> rows = [];
        while (csv.Read())
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }
}
