using SentimentMonitor.Core.Domain;
using Xunit.Abstractions;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class FixtureSurveyTests(ITestOutputHelper output)
{
    [Fact]
    public void Survey()
    {
        foreach ((string dir, ImportFormat format) in new[] { ("x-v2", ImportFormat.X), ("bluesky", ImportFormat.Bluesky), ("mastodon", ImportFormat.Mastodon) })
        {
            foreach (string file in Directory.EnumerateFiles(ParseHelper.FixturePath(dir), "*.json*", SearchOption.AllDirectories).Order())
            {
                string rel = Path.GetRelativePath(ParseHelper.FixturePath(""), file);
                ParseResult result = ParseHelper.File(format, rel);
                output.WriteLine($"{rel}: posts={result.Posts.Count} rejected={result.Rejected.Count} {string.Join(" | ", result.Rejected.Take(2))}");
            }
        }
    }
}
