using System.Text.Json;
using System.Text.Json.Nodes;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>Reads recorded payloads copied from ../shared/fixtures into this project's Fixtures/ (copied to the output).</summary>
public static class Fixtures
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");

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
}
