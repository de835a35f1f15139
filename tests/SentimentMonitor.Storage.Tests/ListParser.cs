using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

/// <summary>A parser over prepared outcomes, so import tests control exactly which records are good or bad.</summary>
public sealed class ListParser(IReadOnlyList<ParseOutcome> outcomes) : IRecordParser
{
    public ImportFormat Format => ImportFormat.Csv;

    public IEnumerable<ParseOutcome> Parse(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        foreach (ParseOutcome outcome in outcomes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return outcome;
        }
    }

    public static ListParser Of(int good, params int[] badLines)
    {
        List<ParseOutcome> list = [];
        for (int line = 1; list.Count(o => o.Record is not null) < good || badLines.Any(b => b >= line); line++)
        {
            list.Add(badLines.Contains(line)
                ? ParseOutcome.Fail(new RejectedRecord("f.jsonl", line, "not JSON"))
                : ParseOutcome.Ok(line, Records.Make(line.ToString(), "u" + (line % 5), at: Records.Day0.AddMinutes(line), pubs: [])));
        }
        return new ListParser(list);
    }
}
