using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Output;

/// <summary>
/// Writes summary.json: the numbers behind every chart and headline, in a fixed order, invariant culture, ratios
/// rounded to 4 decimals, and no clock time, so the same database and options give the same bytes.
/// </summary>
public static class SummaryJsonWriter
{
    public const string FileName = "summary.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, ReportOptions options, IReadOnlyList<PublicationFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(figures);
        using FileStream file = new(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        using Utf8JsonWriter json = new(file, Options);
        json.WriteStartObject();
        json.WriteStartObject("options");
        json.WriteStartArray("publications");
        foreach (Publication p in options.Publications)
            json.WriteStringValue(p.Key);
        json.WriteEndArray();
        WriteDay(json, "from", options.From);
        WriteDay(json, "to", options.To);
        json.WriteBoolean("clinicians_only", options.CliniciansOnly);
        json.WriteEndObject();
        json.WriteStartArray("publications");
        foreach (PublicationFigures f in figures)
            WritePublication(json, f);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        file.WriteByte((byte)'\n');
    }

    private static void WritePublication(Utf8JsonWriter json, PublicationFigures f)
    {
        Publication p = f.Publication;
        json.WriteStartObject();
        json.WriteString("key", p.Key);
        json.WriteString("doi", p.Doi);
        json.WriteString("title", p.Title);
        json.WriteString("journal", p.Journal);
        WriteDay(json, "published_on", p.PublishedOn);
        json.WriteString("audience", f.Audience.Describe());
        WriteHeadline(json, f);
        json.WriteStartObject("sentiment_totals");
        WriteTally(json, f.Totals);
        json.WriteEndObject();
        json.WriteStartArray("weekly_sentiment");
        foreach (TrendPoint point in f.Weekly)
        {
            json.WriteStartObject();
            WriteDay(json, "week_start", point.Start);
            WriteTally(json, point.Tally);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("clinician_net_weekly");
        foreach (TrendPoint point in f.ClinicianWeekly)
        {
            json.WriteStartObject();
            WriteDay(json, "week_start", point.Start);
            WriteNet(json, point.Net);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteBreakdown(json, "specialties", f.Specialties);
        WriteBreakdown(json, "aspects", f.Aspects);
        WriteBreakdown(json, "platforms", f.Platforms);
        WriteBreakdown(json, "roles", f.Roles);
        WriteDay(json, "origin", f.Origin);
        json.WriteStartArray("daily_since_publication");
        foreach (DailyVolume d in f.Daily)
        {
            json.WriteStartObject();
            json.WriteNumber("day", d.DaysSincePublication);
            json.WriteNumber("posts", d.Posts);
            json.WriteNumber("cumulative", d.Cumulative);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("clinician_net_weeks_since_publication");
        foreach (WeekSincePublication w in f.ClinicianNetSincePublication)
        {
            json.WriteStartObject();
            json.WriteNumber("week", w.Week);
            WriteNet(json, w.Net);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WritePosts(json, f.Posts);
        json.WriteEndObject();
    }

    private static void WriteHeadline(Utf8JsonWriter json, PublicationFigures f)
    {
        PublicationSummary s = f.Summary;
        json.WriteStartObject("headline");
        json.WriteNumber("posts", s.Posts);
        json.WriteNumber("audience_posts", f.Totals.Total);
        json.WriteNumber("clinician_posts", s.ClinicianPosts);
        json.WriteStartObject("clinician_net");
        WriteNet(json, s.ClinicianNet);
        json.WriteEndObject();
        WriteDay(json, "as_of", s.AsOf);
        json.WriteStartObject("clinician_net_last_7_days");
        WriteNet(json, s.LastWeek);
        json.WriteEndObject();
        json.WriteStartObject("clinician_net_previous_7_days");
        WriteNet(json, s.PreviousWeek);
        json.WriteEndObject();
        json.WriteString("direction", s.Direction.ToString().ToLowerInvariant());
        json.WriteEndObject();
    }

    private static void WritePosts(Utf8JsonWriter json, PostDigest digest)
    {
        json.WriteStartObject("posts");
        json.WriteNumber("exported", digest.Posts);
        WriteTop(json, "top_positive_clinician", digest.TopPositive);
        WriteTop(json, "top_negative_clinician", digest.TopNegative);
        WriteCounts(json, "sentiment_label_sources", digest.SentimentSources);
        WriteCounts(json, "author_label_sources", digest.AuthorSources);
        WriteCounts(json, "match_rules", digest.MatchRules);
        json.WriteEndObject();
    }

    private static void WriteTop(Utf8JsonWriter json, string name, IReadOnlyList<TopPost> posts)
    {
        json.WriteStartArray(name);
        foreach (TopPost t in posts)
        {
            json.WriteStartObject();
            json.WriteString("key", t.Key);
            json.WriteString("url", t.Url);
            json.WriteString("handle", t.Handle);
            json.WriteString("created_at", t.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("specialty", t.Specialty);
            json.WriteNumber("engagement", t.Engagement);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<KeyCount> counts)
    {
        json.WriteStartObject(name);
        foreach (KeyCount c in counts)
            json.WriteNumber(c.Key, c.Count);
        json.WriteEndObject();
    }

    private static void WriteBreakdown(Utf8JsonWriter json, string name, IReadOnlyList<BreakdownRow> rows)
    {
        json.WriteStartArray(name);
        foreach (BreakdownRow row in rows)
        {
            json.WriteStartObject();
            json.WriteString("key", row.Key);
            json.WriteNumber("posts", row.Posts);
            json.WriteNumber("share", Math.Round(row.Share, 4));
            WriteNet(json, row.Net);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTally(Utf8JsonWriter json, SentimentTally t)
    {
        json.WriteNumber("positive", t.Positive);
        json.WriteNumber("neutral", t.Neutral);
        json.WriteNumber("negative", t.Negative);
        json.WriteNumber("unclassified", t.Unclassified);
        json.WriteNumber("total", t.Total);
    }

    /// <summary>positive, negative, n (= positive + negative), net and its 95% Wilson interval (null when n = 0).</summary>
    private static void WriteNet(Utf8JsonWriter json, NetSentiment net)
    {
        json.WriteNumber("positive", net.Positive);
        json.WriteNumber("negative", net.Negative);
        json.WriteNumber("n", net.Count);
        WriteRatio(json, "net", net.Value);
        WriteRatio(json, "low", net.Low);
        WriteRatio(json, "high", net.High);
    }

    private static void WriteRatio(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
            json.WriteNumber(name, Math.Round(v, 4));
        else
            json.WriteNull(name);
    }

    private static void WriteDay(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is DateOnly d)
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull(name);
    }
}
