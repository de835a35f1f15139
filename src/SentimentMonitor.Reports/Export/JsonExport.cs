using System.Text.Encodings.Web;
using System.Text.Json;

namespace SentimentMonitor.Reports.Export;

/// <summary>Writes <see cref="ExportRow"/>s as JSON objects (one per line for JSONL), field names as documented in the README.</summary>
public static class JsonExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteLine(Stream output, ExportRow row)
    {
        using (Utf8JsonWriter json = new(output, Options))
            Write(json, row);
        output.WriteByte((byte)'\n');
    }

    public static void Write(Utf8JsonWriter json, ExportRow row)
    {
        var post = row.Post;
        json.WriteStartObject();
        json.WriteString("platform", Core.Domain.DomainSlugs.Slug(post.Platform));
        json.WriteString("id", post.PlatformId);
        json.WriteString("url", post.Url);
        json.WriteString("created_at", post.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartObject("author");
        json.WriteString("handle", post.AuthorHandle);
        json.WriteString("name", row.Author?.DisplayName);
        json.WriteString("bio", row.Author?.Bio);
        json.WriteEndObject();
        json.WriteString("text", post.Text);
        json.WriteStartArray("links");
        foreach (string link in post.Links)
            json.WriteStringValue(link);
        json.WriteEndArray();
        json.WriteString("relation", Core.Domain.DomainSlugs.Slug(post.Relation));
        json.WriteString("lang", post.Language);
        json.WriteStartObject("metrics");
        json.WriteNumber("likes", post.Metrics.Likes);
        json.WriteNumber("reposts", post.Metrics.Reposts);
        json.WriteNumber("replies", post.Metrics.Replies);
        json.WriteNumber("quotes", post.Metrics.Quotes);
        if (post.Metrics.Impressions is long impressions) json.WriteNumber("impressions", impressions); else json.WriteNull("impressions");
        json.WriteEndObject();
        json.WriteStartArray("publications");
        foreach (ExportedMatch match in row.Publications)
        {
            json.WriteStartObject();
            json.WriteString("doi", match.Doi);
            json.WriteString("key", match.Key);
            json.WriteString("matched_by", match.MatchedBy);
            json.WriteStartArray("matched_all");
            foreach (string kind in match.MatchKinds)
                json.WriteStringValue(kind);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteLabels(json, row);
        json.WriteEndObject();
    }

    /// <summary>What the model said, kept next to the label in effect so a human override never hides it.</summary>
    private static void WriteModelSentiment(Utf8JsonWriter json, Core.Domain.SentimentPrediction? model)
    {
        if (model is null)
        {
            json.WriteNull("sentiment_model");
            return;
        }
        json.WriteStartObject("sentiment_model");
        json.WriteString("label", Core.Domain.DomainSlugs.Slug(model.Label));
        json.WriteStartObject("probabilities");
        json.WriteNumber("negative", Math.Round(model.Negative, 4));
        json.WriteNumber("neutral", Math.Round(model.Neutral, 4));
        json.WriteNumber("positive", Math.Round(model.Positive, 4));
        json.WriteEndObject();
        json.WriteString("model_version", model.ModelVersion);
        json.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter json, ExportRow row)
    {
        json.WriteString("sentiment", row.Sentiment);
        if (row.SentimentConfidence is double confidence) json.WriteNumber("sentiment_confidence", confidence); else json.WriteNull("sentiment_confidence");
        WriteModelSentiment(json, row.Post.Sentiment);
        if (row.Post.Evaluating is bool evaluating) json.WriteBoolean("evaluating", evaluating); else json.WriteNull("evaluating");
        if (row.Aspects is { } aspects)
        {
            json.WriteStartArray("aspects");
            foreach (string aspect in aspects)
                json.WriteStringValue(aspect);
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("aspects");
        }
        var c = row.Classification;
        json.WriteString("author_role", c is null ? null : Core.Domain.DomainSlugs.Slug(c.Role));
        json.WriteString("specialty", c is null ? null : Core.Domain.DomainSlugs.Slug(c.Specialty));
        json.WriteString("career_stage", c is null ? null : Core.Domain.DomainSlugs.Slug(c.Stage));
        if (c is null)
        {
            json.WriteNull("role_evidence");
            return;
        }
        json.WriteStartArray("role_evidence");
        foreach (string e in c.Evidence)
            json.WriteStringValue(e);
        json.WriteEndArray();
    }
}
