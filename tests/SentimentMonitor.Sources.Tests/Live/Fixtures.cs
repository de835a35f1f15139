using System.Text.Json;
using System.Text.Json.Nodes;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>Reads recorded payloads from ../shared/fixtures (beside the repository root).</summary>
public static class Fixtures
{
    public static string Root { get; } = Locate();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>The response body of interaction <paramref name="index"/> of a recorded envelope.</summary>
    public static JsonNode EnvelopeBody(string relative, int index = 0) =>
        JsonNode.Parse(File.ReadAllText(Path(relative)))!["interactions"]![index]!["response"]!["body"]!.DeepClone();

    /// <summary>Line <paramref name="line"/> (0-based) of a JSONL file, without twarc's metadata.</summary>
    public static JsonObject JsonlLine(string relative, int line)
    {
        string text = File.ReadLines(Path(relative)).Skip(line).First();
        JsonObject o = JsonNode.Parse(text)!.AsObject();
        o.Remove("__twarc");
        return o;
    }

    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    private static string Locate()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = System.IO.Path.Combine(d.FullName, "shared", "fixtures");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(d.FullName, "shared", "docs", "source-apis.md")))
                return candidate;
            if (File.Exists(System.IO.Path.Combine(d.FullName, "SentimentMonitor.sln")))
            {
                string beside = System.IO.Path.Combine(d.FullName, "..", "shared", "fixtures");
                if (Directory.Exists(beside))
                    return System.IO.Path.GetFullPath(beside);
            }
        }
        throw new DirectoryNotFoundException("shared/fixtures not found beside the repository");
    }
}
