using System.Globalization;
using CsvHelper;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Reports.Export;

/// <summary>
/// Writes <see cref="ExportRow"/>s as CSV. The first columns are the CSV import header, so an export can be
/// imported again; the model's own label and probabilities follow the label in effect; lists are joined with ' ' (links) or ';' (publications, aspects, evidence).
/// </summary>
public sealed class CsvExport : IDisposable
{
    private static readonly string[] Header =
    [
        "platform", "id", "created_at", "author_handle", "author_name", "author_bio", "text", "url", "links",
        "likes", "reposts", "replies", "quotes", "impressions", "publication_dois", "publication_keys", "matched_by",
        "sentiment", "sentiment_confidence", "sentiment_model", "sentiment_model_negative", "sentiment_model_neutral",
        "sentiment_model_positive", "sentiment_model_version", "evaluating", "aspects", "author_role", "specialty", "career_stage", "role_evidence",
    ];

    private readonly CsvWriter _csv;

    public CsvExport(TextWriter output)
    {
        _csv = new CsvWriter(output, CultureInfo.InvariantCulture);
        foreach (string name in Header)
            _csv.WriteField(name);
        _csv.NextRecord();
    }

    public void Write(ExportRow row)
    {
        Post post = row.Post;
        AuthorClassification? c = row.Classification;
        SentimentPrediction? model = post.Sentiment;
        string?[] fields =
        [
            DomainSlugs.Slug(post.Platform), post.PlatformId,
            post.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            post.AuthorHandle, row.Author?.DisplayName, row.Author?.Bio, post.Text, post.Url, string.Join(' ', post.Links),
            Num(post.Metrics.Likes), Num(post.Metrics.Reposts), Num(post.Metrics.Replies), Num(post.Metrics.Quotes),
            post.Metrics.Impressions?.ToString(CultureInfo.InvariantCulture),
            string.Join(';', row.Publications.Select(p => p.Doi ?? "")), string.Join(';', row.Publications.Select(p => p.Key)),
            string.Join(';', row.Publications.Select(p => p.MatchedBy)),
            row.Sentiment, row.SentimentConfidence?.ToString(CultureInfo.InvariantCulture),
            model is null ? null : DomainSlugs.Slug(model.Label), Probability(model?.Negative), Probability(model?.Neutral),
            Probability(model?.Positive), model?.ModelVersion,
            post.Evaluating is bool e ? (e ? "true" : "false") : null,
            row.Aspects is null ? null : string.Join(';', row.Aspects),
            c is null ? null : DomainSlugs.Slug(c.Role), c is null ? null : DomainSlugs.Slug(c.Specialty),
            c is null ? null : DomainSlugs.Slug(c.Stage), c is null ? null : string.Join(';', c.Evidence),
        ];
        foreach (string? field in fields)
            _csv.WriteField(field ?? "");
        _csv.NextRecord();
    }

    private static string? Probability(float? p) => p is float v ? Math.Round(v, 4).ToString(CultureInfo.InvariantCulture) : null;

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _csv.Dispose();
}
