using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Reports.Export;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Output;

/// <summary>
/// Writes posts.csv and posts.jsonl (the <c>export</c> record, oldest first per publication, each post once) in one
/// pass over the posts, collecting each publication's <see cref="PostDigest"/> on the way.
/// </summary>
public static class PostsFileWriter
{
    public const string CsvName = "posts.csv";
    public const string JsonlName = "posts.jsonl";

    public static IReadOnlyDictionary<string, PostDigest> Write(IPostRepository posts, IPublicationRepository publications, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentNullException.ThrowIfNull(options);
        Dictionary<string, PostDigest> digests = new(StringComparer.Ordinal);
        HashSet<string> written = new(StringComparer.Ordinal);
        using FileStream jsonl = Create(Path.Combine(options.OutputDirectory, JsonlName));
        using BufferedStream jsonBuffer = new(jsonl, 1 << 16);
        using StreamWriter csvText = new(Create(Path.Combine(options.OutputDirectory, CsvName)), new UTF8Encoding(false), 1 << 16);
        using CsvExport csv = new(csvText);
        foreach (Publication publication in options.Publications)
        {
            DigestCollector digest = new(publication.Key, options.TopPosts);
            PostQuery query = new()
            {
                PublicationKey = publication.Key,
                From = Midnight(options.From),
                To = Midnight(options.To?.AddDays(1)),
                OldestFirst = true,
            };
            foreach (ExportRow row in ExportRows.Read(posts, publications, query))
            {
                if (options.CliniciansOnly && row.Classification?.Role != AuthorRole.Clinician)
                    continue;
                digest.Add(row);
                // A post citing two of the compared papers is one row, under the first.
                if (!written.Add(row.Post.Key))
                    continue;
                csv.Write(row);
                JsonExport.WriteLine(jsonBuffer, row);
            }
            digests[publication.Key] = digest.Result();
        }
        return digests;
    }

    private static DateTimeOffset? Midnight(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
}
