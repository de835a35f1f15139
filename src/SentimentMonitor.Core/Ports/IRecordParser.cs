using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>
/// Reads one export file format. Yields a record or a rejection per source record, in file order,
/// so the import can report file, line and reason and go on.
/// </summary>
public interface IRecordParser
{
    ImportFormat Format { get; }

    IEnumerable<ParseOutcome> Parse(Stream stream, string fileName, CancellationToken cancellationToken = default);
}
