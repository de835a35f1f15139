using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Storage.Tests;

/// <summary>Recomputes the aggregates from the posts themselves and compares them with what the store keeps.</summary>
public static class Invariants
{
    public static void AssertAggregatesExact(LiteDbStore store, params string[] publicationKeys)
    {
        List<Post> all = store.Query(new PostQuery { OldestFirst = true }).ToList();
        Assert.Equal(store.CountPosts(), all.Count);
        Assert.Equal(all.Count(p => p.Matches.Count == 0), store.CountUnmatched());
        foreach (string pub in publicationKeys)
        {
            List<Post> citing = all.Where(p => p.Matches.Any(m => m.PublicationKey == pub)).ToList();
            var expected = citing
                .GroupBy(p =>
                {
                    AuthorClassification? c = store.GetAuthor(p.AuthorKey)?.Effective;
                    return (DateOnly.FromDateTime(p.CreatedAt.UtcDateTime), p.Platform, c?.Role ?? AuthorRole.Unknown, c?.Specialty ?? Specialty.Unknown, p.EffectiveSentiment);
                })
                .Select(g => new ReactionCount(g.Key.Item1, g.Key.Platform, g.Key.Item3, g.Key.Item4, g.Key.EffectiveSentiment, g.Count(), g.Count(p => p.Evaluating == true)))
                .OrderBy(r => r.ToString(), StringComparer.Ordinal)
                .ToList();
            List<ReactionCount> actual = store.Counts(pub).OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
            Assert.Equal(citing.Count, store.Count(new PostQuery { PublicationKey = pub }));
            Assert.Equal(citing.Count, store.Activity(pub).Posts);

            var expectedAspects = citing
                .SelectMany(p => p.EffectiveAspects.Distinct().Select(a => (Post: p, Aspect: a)))
                .GroupBy(x =>
                {
                    AuthorClassification? c = store.GetAuthor(x.Post.AuthorKey)?.Effective;
                    return (DateOnly.FromDateTime(x.Post.CreatedAt.UtcDateTime), x.Aspect, x.Post.Platform, c?.Role ?? AuthorRole.Unknown, c?.Specialty ?? Specialty.Unknown, x.Post.EffectiveSentiment);
                })
                .Select(g => new AspectCount(g.Key.Item1, g.Key.Aspect, g.Key.Platform, g.Key.Item4, g.Key.Item5, g.Key.EffectiveSentiment, g.Count()))
                .OrderBy(r => r.ToString(), StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expectedAspects, store.AspectCounts(pub).OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList());
            (IReadOnlyList<ReactionCount> together, IReadOnlyList<AspectCount> aspectsTogether) = store.CountsWithAspects(pub);
            Assert.Equal(actual, together.OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList());
            Assert.Equal(expectedAspects, aspectsTogether.OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList());
            AssertPostListsExact(store, pub, citing);
            AssertWordSearchExact(store, pub, citing, "great", "STUDY", "h_u1", "name u2", "@h_u3 great", "zzqqxx");
        }
    }

    /// <summary>Filtered publication queries (answered from the day post lists) equal filtering all posts by hand.</summary>
    public static void AssertPostListsExact(LiteDbStore store, string pub, IReadOnlyList<Post> citing)
    {
        List<Post> newest = Newest(citing);
        AuthorClassification? Who(Post p) => store.GetAuthor(p.AuthorKey)?.Effective;
        List<(PostQuery Query, Func<Post, bool> Keep)> cases =
        [
            (new PostQuery(), _ => true),
            (new PostQuery { Sentiment = Sentiment.Negative }, p => p.EffectiveSentiment == Sentiment.Negative),
            (new PostQuery { Sentiment = Sentiment.Positive, Platform = Platform.X }, p => p.EffectiveSentiment == Sentiment.Positive && p.Platform == Platform.X),
            (new PostQuery { Role = AuthorRole.Clinician }, p => (Who(p)?.Role ?? AuthorRole.Unknown) == AuthorRole.Clinician),
            (new PostQuery { Role = AuthorRole.Unknown, Specialty = Specialty.Unknown }, p => Who(p) is not { Role: not AuthorRole.Unknown } && Who(p) is not { Specialty: not Specialty.Unknown }),
            (new PostQuery { Aspect = Aspect.Safety }, p => p.EffectiveAspects.Contains(Aspect.Safety)),
            (new PostQuery { From = Day0Plus(1), To = Day0Plus(5.5) }, p => p.CreatedAt >= Day0Plus(1) && p.CreatedAt < Day0Plus(5.5)),
        ];
        foreach ((PostQuery query, Func<Post, bool> keep) in cases)
        {
            PostQuery q = query with { PublicationKey = pub };
            string[] expected = newest.Where(keep).Select(p => p.Key).ToArray();
            Assert.Equal(expected, store.Query(q).Select(p => p.Key).ToArray());
            Assert.Equal(expected.Reverse(), store.Query(q with { OldestFirst = true }).Select(p => p.Key).ToArray());
            Assert.Equal(expected.Skip(1).Take(2), store.Query(q with { Skip = 1, Limit = 2 }).Select(p => p.Key).ToArray());
            Assert.Equal(expected.Length, store.Count(q));
        }
    }

    /// <summary>
    /// Text searches narrowed by the word index (<see cref="PostQuery.MayContain"/>), then checked post by post, equal
    /// checking every post of the paper; the candidates are a subset of the paper's posts in the same order.
    /// </summary>
    public static void AssertWordSearchExact(LiteDbStore store, string pub, IReadOnlyList<Post> citing, params string[] searches)
    {
        List<Post> newest = Newest(citing);
        foreach (string search in searches)
        {
            IReadOnlyList<string> words = TextSearch.Words(search);
            bool Hit(Post p) => TextSearch.Matches(words, p.Text, p.AuthorHandle, store.GetAuthor(p.AuthorKey)?.DisplayName);
            PostQuery query = new() { PublicationKey = pub, MayContain = search };
            Post[] candidates = store.Query(query).ToArray();
            Assert.Equal(newest.Where(Hit).Select(p => p.Key), candidates.Where(Hit).Select(p => p.Key));
            Assert.Equal(newest.Select(p => p.Key).Intersect(candidates.Select(p => p.Key)), candidates.Select(p => p.Key));
            Assert.Equal(candidates.Length, store.Count(query));
        }
    }

    /// <summary>Newest first = descending "time|postKey", as the post_pubs keys sort.</summary>
    private static List<Post> Newest(IEnumerable<Post> posts) =>
        posts.OrderByDescending(p => p.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + "|" + p.Key, StringComparer.Ordinal).ToList();

    private static DateTimeOffset Day0Plus(double days) => Records.Day0.AddDays(days);
}
