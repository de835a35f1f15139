using System.Text.Json.Nodes;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Writes a twarc2 JSONL file of N tweets for <c>bench import</c> by repeating the pages of a real fixture with
/// fresh ids and times; every fifth tweet gets the running example's DOI so matching and the aggregates do work.
/// </summary>
internal static class BenchImportFile
{
    public const string Doi = "10.1056/NEJMoa2214171";

    public static long Write(string templatePath, string outputPath, int posts)
    {
        JsonObject[] pages = File.ReadLines(templatePath)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Where(p => p["data"] is JsonArray { Count: > 0 })
            .ToArray();
        if (pages.Length == 0)
            throw new CliException(ExitCode.BadInput, $"{templatePath} holds no tweet pages to repeat");
        using StreamWriter writer = new(outputPath);
        long written = 0;
        DateTimeOffset start = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);
        for (int copy = 0; written < posts; copy++)
        {
            foreach (JsonObject template in pages)
            {
                JsonObject page = template.DeepClone().AsObject();
                JsonArray data = page["data"]!.AsArray();
                while (data.Count > 0 && written + data.Count > posts)
                    data.RemoveAt(data.Count - 1);
                foreach (JsonNode? node in data)
                {
                    JsonObject tweet = node!.AsObject();
                    tweet["id"] = (1_900_000_000_000_000_000L + written).ToString();
                    tweet["created_at"] = start.AddSeconds(written * 13).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
                    if (written % 5 == 0)
                    {
                        // An original post (a retweet would be stored with its original's text, without the DOI).
                        tweet.Remove("referenced_tweets");
                        tweet["text"] = (string?)tweet["text"] + " " + Doi;
                    }
                    written++;
                }
                if (data.Count > 0)
                    writer.WriteLine(page.ToJsonString());
                if (written >= posts)
                    break;
            }
        }
        return written;
    }
}
