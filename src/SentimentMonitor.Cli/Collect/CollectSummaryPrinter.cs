using System.Globalization;
using System.Text.Json;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Sources.Live;

namespace SentimentMonitor.Cli.Collect;

/// <summary>Writes the end-of-run summary: per source requests, posts read, new posts and waiting; X cost; problems.</summary>
internal static class CollectSummaryPrinter
{
    public static void Write(TextWriter output, CollectionSummary summary, SecretRedactor redactor)
    {
        foreach ((string source, SourceTotals t) in summary.Sources.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            output.WriteLine($"{source}: {t.Requests} requests, {t.PostsRead} posts read, {t.NewPosts} new, {Seconds(t.Waiting)} waiting for rate limits");
        if (summary.Sources.ContainsKey("x"))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"x: estimated cost ${summary.XEstimatedCost:0.000} ({CollectionSummary.XDollarsPerPostRead} per post read)"));
        output.WriteLine($"total: {summary.Requests} requests, {summary.PostsRead} posts read, {summary.NewPosts} new, {Seconds(summary.Waiting)} waiting, {Seconds(summary.Elapsed)} elapsed");
        if (summary.BudgetReached)
            output.WriteLine("budget reached (--max-posts/--max-requests): run the same command again to continue where this run stopped");
        foreach (string note in summary.Notes)
            output.WriteLine(redactor.Redact("note: " + note));
    }

    public static void WriteJson(TextWriter output, CollectionSummary summary, SecretRedactor redactor)
    {
        var data = new
        {
            sources = summary.Sources.ToDictionary(kv => kv.Key, kv => new
            {
                requests = kv.Value.Requests,
                postsRead = kv.Value.PostsRead,
                newPosts = kv.Value.NewPosts,
                waitingSeconds = Math.Round(kv.Value.Waiting.TotalSeconds, 1),
            }),
            requests = summary.Requests,
            postsRead = summary.PostsRead,
            newPosts = summary.NewPosts,
            xEstimatedCostUsd = summary.XEstimatedCost,
            waitingSeconds = Math.Round(summary.Waiting.TotalSeconds, 1),
            elapsedSeconds = Math.Round(summary.Elapsed.TotalSeconds, 1),
            budgetReached = summary.BudgetReached,
            errors = summary.Errors.Select(redactor.Redact).ToArray(),
            notes = summary.Notes.Select(redactor.Redact).ToArray(),
        };
        output.WriteLine(JsonSerializer.Serialize(data));
    }

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0} s");
}
