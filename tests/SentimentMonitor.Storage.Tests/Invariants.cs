using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

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
        }
    }
}
