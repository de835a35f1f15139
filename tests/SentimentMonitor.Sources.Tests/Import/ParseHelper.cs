using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import;

namespace SentimentMonitor.Sources.Tests.Import;

/// <summary>Runs a parser over a fixture file or an inline payload and splits records from rejections.</summary>
internal static class ParseHelper
{
    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static ParseResult File(ImportFormat format, string relative)
    {
        using FileStream stream = System.IO.File.OpenRead(FixturePath(relative));
        return Run(format, stream, relative);
    }

    public static ParseResult Text(ImportFormat format, string payload, string name = "payload")
    {
        using MemoryStream stream = new(Encoding.UTF8.GetBytes(payload));
        return Run(format, stream, name);
    }

    private static ParseResult Run(ImportFormat format, Stream stream, string name)
    {
        List<ParseOutcome> outcomes = RecordParsers.For(format).Parse(stream, name).ToList();
        return new ParseResult(outcomes);
    }
}

/// <summary>What a parse produced, split for assertions.</summary>
internal sealed record ParseResult(IReadOnlyList<ParseOutcome> Outcomes)
{
    public IReadOnlyList<ParsedRecord> Records => Outcomes.Where(o => o.Record is not null).Select(o => o.Record!).ToList();

    public IReadOnlyList<Post> Posts => Records.Select(r => r.Post).ToList();

    public IReadOnlyList<RejectedRecord> Rejected => Outcomes.Where(o => o.Rejected is not null).Select(o => o.Rejected!).ToList();

    public Post Post(string platformId) => Posts.Single(p => p.PlatformId == platformId);

    public ParsedRecord Record(string platformId) => Records.Single(r => r.Post.PlatformId == platformId);
}
