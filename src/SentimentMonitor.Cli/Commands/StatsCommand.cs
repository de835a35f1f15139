using System.CommandLine;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;
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
        command.WithExamples(
            "stats --publication 10.1056/NEJMoa2214171",
            "stats --json > stats.json");
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
        List<PublicationStats> stats = publications.Select(p => PublicationStats.Of(p, store.Counts(p.Key), store.AspectCounts(p.Key), store.MatchKinds(p.Key))).ToList();
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
        double? ClinicianNet,
        IReadOnlyList<BreakdownRow> Roles,
        IReadOnlyList<BreakdownRow> Specialties,
        IReadOnlyList<BreakdownRow> ClinicianAspects)
    {
        public static PublicationStats Of(Publication p, IReadOnlyList<ReactionCount> counts, IReadOnlyList<AspectCount> aspects, IReadOnlyDictionary<MatchKind, long> kinds)
        {
            SortedDictionary<string, long> Sum(Func<ReactionCount, string> key) =>
                new(counts.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(c => (long)c.Count)), StringComparer.Ordinal);
            List<ReactionCount> clinicians = counts.Where(c => c.Role == AuthorRole.Clinician).ToList();
            return new PublicationStats(
                p,
                counts.Sum(c => (long)c.Count),
                Sum(c => DomainSlugs.Slug(c.Platform)),
                Sum(c => ReactionAnalytics.BucketStart(c.Day, TrendGranularity.Week).ToString("yyyy-MM-dd")),
                new SortedDictionary<string, long>(kinds.ToDictionary(k => DomainSlugs.Slug(k.Key), k => k.Value), StringComparer.Ordinal),
                Sum(c => c.Sentiment is Core.Domain.Sentiment s ? DomainSlugs.Slug(s) : "unclassified"),
                NetSentiment(counts),
                clinicians.Sum(c => (long)c.Count),
                NetSentiment(clinicians),
                // Who is talking (everyone), which clinicians, and why clinicians react.
                ReactionAnalytics.ByRole(counts, ReactionFilter.Everyone),
                ReactionAnalytics.BySpecialty(counts, ReactionFilter.Clinicians),
                ReactionAnalytics.ByAspect(aspects, counts, ReactionFilter.Clinicians));
        }

        /// <summary>(pos − neg) / (pos + neg); null when no post is positive or negative.</summary>
        private static double? NetSentiment(IEnumerable<ReactionCount> counts)
        {
            long pos = counts.Where(c => c.Sentiment == Core.Domain.Sentiment.Positive).Sum(c => (long)c.Count);
            long neg = counts.Where(c => c.Sentiment == Core.Domain.Sentiment.Negative).Sum(c => (long)c.Count);
            return pos + neg == 0 ? null : Math.Round((double)(pos - neg) / (pos + neg), 3);
        }

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
            by_role = Roles.Select(BreakdownJson),
            clinician_specialties = Specialties.Select(BreakdownJson),
            clinician_aspects = ClinicianAspects.Select(BreakdownJson),
        };

        private static object BreakdownJson(BreakdownRow row) => new
        {
            key = row.Key,
            posts = row.Posts,
            share = Math.Round(row.Share, 4),
            net_sentiment = row.Net.Value is double v ? Math.Round(v, 3) : (double?)null,
            net_low = row.Net.Low is double lo ? Math.Round(lo, 3) : (double?)null,
            net_high = row.Net.High is double hi ? Math.Round(hi, 3) : (double?)null,
            opinionated = row.Net.Count,
        };

        public void Print(TextWriter o)
        {
            o.WriteLine($"{ConsoleText.Clean(Publication.Key)}  {ConsoleText.Clean(Publication.Title)}");
            o.WriteLine($"  posts: {Posts}");
            o.WriteLine($"  platforms: {Join(Platforms)}");
            o.WriteLine($"  matched by: {Join(MatchedBy)}");
            o.WriteLine($"  sentiment: {Join(Sentiment)}; net {Format(Net)}; clinicians {Clinicians} (net {Format(ClinicianNet)})");
            PrintBreakdown(o, "by role", Roles);
            PrintBreakdown(o, "clinicians by specialty", Specialties);
            PrintBreakdown(o, "clinicians by aspect (share of clinician posts)", ClinicianAspects);
            o.WriteLine("  per week (starting Monday):");
            foreach ((string week, long n) in Weeks)
                o.WriteLine($"    {week}  {n,7}");
        }

        private static void PrintBreakdown(TextWriter o, string title, IReadOnlyList<BreakdownRow> rows)
        {
            if (rows.Count == 0)
                return;
            o.WriteLine($"  {title}:");
            foreach (BreakdownRow row in rows)
                o.WriteLine($"    {row.Key,-32} {row.Posts,6}  {row.Share * 100,4:0}%  net {row.Net.Format()}");
        }

        private static string Join(SortedDictionary<string, long> values) =>
            values.Count == 0 ? "-" : string.Join(", ", values.Select(kv => $"{kv.Key} {kv.Value}"));

        private static string Format(double? value) => value is double v ? v.ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
    }
}
