using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Shared reading loop of the JSON parsers: splits the input into values (JSON Lines, one document, or the
/// recording envelope), lets the platform map each value, and reports lines it cannot read or recognise.
/// </summary>
public abstract class JsonRecordParser : IRecordParser
{
    /// <summary>Only this assembly's platform parsers derive from it.</summary>
    private protected JsonRecordParser()
    {
    }

    public abstract ImportFormat Format { get; }

    /// <summary>What a recognisable value looks like, for the rejection message of one that is not.</summary>
    protected abstract string ExpectedShape { get; }

    public IEnumerable<ParseOutcome> Parse(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return ParseCore(stream, fileName, cancellationToken);
    }

    /// <summary>Maps one top-level value into <paramref name="output"/>; false when the value is not of this platform's shapes.</summary>
    internal abstract bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output);

    private IEnumerable<ParseOutcome> ParseCore(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        bool recognised = false;
        long lastLine = 1;
        List<ParseOutcome> batch = new(128);
        foreach (JsonRoot root in JsonRootReader.Read(stream, fileName, cancellationToken))
        {
            lastLine = root.Line;
            if (root.Rejected is not null)
            {
                recognised = true;
                yield return ParseOutcome.Fail(root.Rejected);
                continue;
            }
            batch.Clear();
            using (JsonDocument document = root.Document!)
            {
                JsonElement element = document.RootElement;
                if (RecordedInteractions.IsEnvelope(element))
                {
                    // Recordings hold other calls too (profiles, deletes, instance info): skip what is not posts.
                    foreach (JsonElement body in RecordedInteractions.SuccessfulBodies(element))
                        recognised |= TryMap(body, fileName, root.Line, batch);
                }
                else if (TryMap(element, fileName, root.Line, batch))
                {
                    recognised = true;
                }
                else
                {
                    recognised = true;
                    batch.Add(ParseOutcome.Fail(new RejectedRecord(fileName, root.Line, $"unrecognised record: expected {ExpectedShape}")));
                }
            }
            foreach (ParseOutcome outcome in batch)
                yield return outcome;
        }
        if (!recognised)
            yield return ParseOutcome.Fail(new RejectedRecord(fileName, lastLine, $"no posts found: expected {ExpectedShape}"));
    }
}
