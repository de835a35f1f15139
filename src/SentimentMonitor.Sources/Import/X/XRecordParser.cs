using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// Reads X API v2 exports: twarc2 JSONL (one page per line, stream lines with a single <c>data</c> object),
/// twarc2 <c>flatten</c> output (one tweet per line), a saved response (.json) or a recorded-interaction file.
/// The shape is detected per line, so mixed files work.
/// </summary>
public sealed class XRecordParser : JsonRecordParser
{
    public override ImportFormat Format => ImportFormat.X;

    protected override string ExpectedShape => "an X API v2 tweets page (data[] with text) or a flattened tweet (id, text)";

    internal override bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output) =>
        XPageMapper.TryMap(root, source, line, output);
}
