using System.CommandLine;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>stats</c>: per publication, posts per platform and per week, how they matched, and — once posts are
/// classified — sentiment counts and net sentiment ((pos − neg) / (pos + neg)), overall and among clinicians.
/// Read from the pre-aggregated counts, so it stays fast at a million posts.
/// </summary>
public static class StatsCommand
{
    private static readonly Option<string?> PublicationOption = new("--publication") { Description = "Only this publication (key, DOI, PMID or PMCID)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print as JSON" };

    public static Command Create()
    {
        Command command = new("stats", "Summarise stored posts per publication: platforms, weeks, match kinds, sentiment");
        command.Options.Add(PublicationOption);
        command.Options.Add(Json);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        string? wanted = ctx.Get(PublicationOption);
        IReadOnlyList<Publication> publications = wanted is null ? store.GetAll() : [StoreAccess.RequirePublication(store, wanted)];
        List<PublicationStats> stats = publications.Select(p => PublicationStats.Of(p, store.Counts(p.Key), store.MatchKinds(p.Key))).ToList();
        long unmatched = store.CountUnmatched();
        if (ctx.Get(Json))
        {
            ctx.Out.WriteLine(JsonSerializer.Serialize(new { publications = stats.Select(s => s.ToJson()), unmatched }));
            return ExitCode.Ok;
        }
        foreach (PublicationStats s in stats)
            s.Print(ctx.Out);
        ctx.Out.WriteLine($"unmatched posts (cite no tracked publication): {unmatched}");
        return ExitCode.Ok;
    }

    /// <summary>The numbers of one publication, computed from its aggregate rows.</summary>
    private sealed record PublicationStats(
        Publication Publication,
        long Posts,
        SortedDictionary<string, long> Platforms,
        SortedDictionary<string, long> Weeks,
        SortedDictionary<string, long> MatchedBy,
        SortedDictionary<string, long> Sentiment,
        double? Net,
        long Clinicians,
        double? ClinicianNet)
    {
        public static PublicationStats Of(Publication p, IReadOnlyList<ReactionCount> counts, IReadOnlyDictionary<MatchKind, long> kinds)
        {
            SortedDictionary<string, long> Sum(Func<ReactionCount, string> key) =>
                new(counts.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(c => (long)c.Count)), StringComparer.Ordinal);
            List<ReactionCount> clinicians = counts.Where(c => c.Role == AuthorRole.Clinician).ToList();
            return new PublicationStats(
                p,
                counts.Sum(c => (long)c.Count),
                Sum(c => DomainSlugs.Slug(c.Platform)),
                Sum(c => WeekStart(c.Day).ToString("yyyy-MM-dd")),
                new SortedDictionary<string, long>(kinds.ToDictionary(k => DomainSlugs.Slug(k.Key), k => k.Value), StringComparer.Ordinal),
                Sum(c => c.Sentiment is Core.Domain.Sentiment s ? DomainSlugs.Slug(s) : "unclassified"),
                NetSentiment(counts),
                clinicians.Sum(c => (long)c.Count),
                NetSentiment(clinicians));
        }

        /// <summary>(pos − neg) / (pos + neg); null when no post is positive or negative.</summary>
        private static double? NetSentiment(IEnumerable<ReactionCount> counts)
        {
            long pos = counts.Where(c => c.Sentiment == Core.Domain.Sentiment.Positive).Sum(c => (long)c.Count);
            long neg = counts.Where(c => c.Sentiment == Core.Domain.Sentiment.Negative).Sum(c => (long)c.Count);
            return pos + neg == 0 ? null : Math.Round((double)(pos - neg) / (pos + neg), 3);
        }

        private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

        public object ToJson() => new
        {
            key = Publication.Key,
            doi = Publication.Doi,
            title = Publication.Title,
            posts = Posts,
            platforms = Platforms,
            weeks = Weeks,
            matched_by = MatchedBy,
            sentiment = Sentiment,
            net_sentiment = Net,
            clinicians = new { posts = Clinicians, net_sentiment = ClinicianNet },
        };

        public void Print(TextWriter o)
        {
            o.WriteLine($"{Publication.Key}  {Publication.Title}");
            o.WriteLine($"  posts: {Posts}");
            o.WriteLine($"  platforms: {Join(Platforms)}");
            o.WriteLine($"  matched by: {Join(MatchedBy)}");
            o.WriteLine($"  sentiment: {Join(Sentiment)}; net {Format(Net)}; clinicians {Clinicians} (net {Format(ClinicianNet)})");
            o.WriteLine("  per week (starting Monday):");
            foreach ((string week, long n) in Weeks)
                o.WriteLine($"    {week}  {n,7}");
        }

        private static string Join(SortedDictionary<string, long> values) =>
            values.Count == 0 ? "-" : string.Join(", ", values.Select(kv => $"{kv.Key} {kv.Value}"));

        private static string Format(double? value) => value is double v ? v.ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
    }
}
