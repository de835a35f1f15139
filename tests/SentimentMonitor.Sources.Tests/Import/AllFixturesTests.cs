using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Tests.Import;

/// <summary>Every post-bearing recorded fixture parses completely; files broken on purpose report exactly their broken record.</summary>
public sealed class AllFixturesTests
{
    /// <summary>File → (posts, rejected). Files not listed must hold no posts at all (checked below).</summary>
    private static readonly Dictionary<string, (int Posts, int Rejected)> Expected = new()
    {
        ["x-v2/docs-examples/search-recent_next-token.json"] = (10, 0),
        ["x-v2/docs-examples/search-recent_with-includes-users-tweets.json"] = (4, 0),
        ["x-v2/twarc-csv/small_sample.jsonl"] = (3, 0),
        ["x-v2/twarc2/flattened_obama.jsonl"] = (100, 0),
        ["x-v2/twarc2/search-all_single-result_no-next-token.jsonl"] = (1, 0),
        ["x-v2/twarc2/search-recent_page_obama_with-errors.jsonl"] = (100, 0),
        ["x-v2/twarc2/search-recent_two-queries_kpop_brexit.jsonl"] = (200, 0),
        ["x-v2/twarc2/stream_with-truncated-last-line.jsonl"] = (7, 1), // broken on purpose: last line cut mid-write
        ["x-v2/twarc2/tweet-lookup_edited.jsonl"] = (1, 0),
        ["x-v2/twarc2/tweet-lookup_url-entity-with-unwound-metadata.jsonl"] = (1, 0),
        ["x-v2/twarc2/tweet-lookup_verified-type.jsonl"] = (1, 0),
        // Requested without tweet.fields/expansions: no created_at (taken from the snowflake id) and no author (kept as unknown).
        ["x-v2/api/search-recent_default-fields_next-token.json"] = (10, 0),
        ["x-v2/api/tweets-lookup_default-fields.json"] = (2, 0),
        ["bluesky/responses/getPostThread_2025.json"] = (1, 0),
        ["bluesky/responses/getPosts_2025.json"] = (1, 0),
        ["bluesky/responses/getQuotes_2025.json"] = (2, 0),
        ["bluesky/responses/searchPosts_q-redistricting_2025.json"] = (25, 0),
        ["mastodon/docs-examples/Status_entity.json"] = (1, 0),
        ["mastodon/entities/public-timeline_2017_multi-instance.json"] = (20, 0),
        ["mastodon/entities/status_2017.json"] = (1, 0),
        ["mastodon/responses/hashtag-timeline_with-link-header.json"] = (3, 0),
        ["mastodon/responses/public-timeline.json"] = (16, 0),
        ["mastodon/responses/search-v2.json"] = (0, 0), // search results with empty statuses[]
        ["mastodon/responses/status-edit-history.json"] = (3, 0),
        ["mastodon/responses/status-with-card.json"] = (3, 0),
    };

    public static TheoryData<string> JsonFixtures()
    {
        TheoryData<string> files = [];
        foreach (string dir in new[] { "x-v2", "bluesky", "mastodon" })
        {
            foreach (string file in Directory.EnumerateFiles(ParseHelper.FixturePath(dir), "*.json*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                files.Add(Path.GetRelativePath(ParseHelper.FixturePath(""), file).Replace('\\', '/'));
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(JsonFixtures))]
    public void Parse_Fixture_GivesTheExpectedPostsAndRejections(string file)
    {
        ImportFormat format = file.Split('/')[0] switch
        {
            "x-v2" => ImportFormat.X,
            "bluesky" => ImportFormat.Bluesky,
            _ => ImportFormat.Mastodon,
        };

        ParseResult result = ParseHelper.File(format, file);

        if (Expected.TryGetValue(file, out (int Posts, int Rejected) expected))
        {
            Assert.Equal(expected.Posts, result.Posts.Count);
            Assert.Equal(expected.Rejected, result.Rejected.Count);
            Assert.All(result.Posts, p => Assert.False(string.IsNullOrEmpty(p.RawJson)));
            Assert.All(result.Posts, p => Assert.Equal(TimeSpan.Zero, p.CreatedAt.Offset));
        }
        else
        {
            // Profiles, counts, errors, entities without posts: one clear report, never a post.
            Assert.Empty(result.Posts);
            Assert.Single(result.Rejected);
        }
        Assert.All(result.Rejected, r => Assert.Equal(file, r.File));
    }

    [Fact]
    public void Fixtures_ListedFiles_AllExist()
    {
        Assert.All(Expected.Keys, file => Assert.True(File.Exists(ParseHelper.FixturePath(file)), file));
    }
}
