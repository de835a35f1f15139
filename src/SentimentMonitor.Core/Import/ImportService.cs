using System.Collections.Concurrent;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Import;

/// <summary>
/// Streams a parser's records into the repository in bounded batches, one transaction each. Parsing and matching
/// run on a worker thread while the calling thread writes the previous batch, so both cores stay busy. All
/// callbacks run on the calling thread. A kill at any moment loses at most the batches not yet committed, and
/// re-running the same import completes it (upserts are idempotent).
/// </summary>
public sealed class ImportService
{
    private readonly IPostRepository _repository;
    private readonly Func<Post, IReadOnlyList<PublicationMatch>> _match;
    private readonly ImportOptions _options;

    /// <param name="match">Finds the tracked publications a post cites (e.g. <c>PublicationMatcher.Match</c>).</param>
    public ImportService(IPostRepository repository, Func<Post, IReadOnlyList<PublicationMatch>> match, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(match);
        _repository = repository;
        _match = match;
        _options = options ?? new ImportOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
    }

    public ImportSummary Import(
        IRecordParser parser,
        Stream stream,
        string fileName,
        Action<RejectedRecord>? onRejected = null,
        Action<ImportProgress>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(stream);
        using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using BlockingCollection<ImportBatch> queue = new(boundedCapacity: 2);
        long? total = stream.CanSeek ? stream.Length : null;
        Task producer = Task.Run(() => Produce(parser, stream, fileName, queue, stop.Token), stop.Token);

        ImportSummary summary = ImportSummary.Empty;
        try
        {
            foreach (ImportBatch batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (RejectedRecord rejected in batch.Rejected)
                    onRejected?.Invoke(rejected);
                if (batch.StoppedAt is not null)
                {
                    summary = summary.Plus(new ImportSummary(batch.Read, 0, 0, 0, batch.Rejected.Count) { StoppedAt = batch.StoppedAt, NotWritten = batch.Records.Count });
                    break;
                }
                cancellationToken.ThrowIfCancellationRequested();
                WriteResult written = batch.Records.Count > 0 ? _repository.UpsertBatch(batch.Records) : new WriteResult(0, 0);
                summary = summary.Plus(new ImportSummary(batch.Read, written.New, written.Duplicates, batch.Unmatched, batch.Rejected.Count));
                onProgress?.Invoke(new ImportProgress(fileName, summary.Read, summary.New + summary.Duplicates, batch.BytesRead, total));
            }
        }
        finally
        {
            stop.Cancel();
            // Let a producer blocked on a full queue finish, then surface its failure (a read error) if it had one.
            while (queue.TryTake(out _)) { }
            try { producer.GetAwaiter().GetResult(); }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return summary;
    }

    private void Produce(IRecordParser parser, Stream stream, string fileName, BlockingCollection<ImportBatch> queue, CancellationToken cancellation)
    {
        try
        {
            ImportBatch batch = new();
            foreach (ParseOutcome outcome in parser.Parse(stream, fileName, cancellation))
            {
                batch.Read++;
                if (outcome.Rejected is not null)
                {
                    batch.Rejected.Add(outcome.Rejected);
                    if (_options.Strict)
                    {
                        batch.StoppedAt = outcome.Rejected;
                        queue.Add(batch, cancellation);
                        return;
                    }
                    continue;
                }
                if (outcome.Record is null)
                    continue;
                IReadOnlyList<PublicationMatch> matches = _match(outcome.Record.Post);
                if (matches.Count == 0)
                    batch.Unmatched++;
                batch.Records.Add(outcome.Record with { Post = outcome.Record.Post with { Matches = matches } });
                if (batch.Records.Count >= _options.BatchSize)
                {
                    batch.BytesRead = SafePosition(stream);
                    queue.Add(batch, cancellation);
                    batch = new ImportBatch();
                }
            }
            if (batch.Read > 0)
            {
                batch.BytesRead = SafePosition(stream);
                queue.Add(batch, cancellation);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static long SafePosition(Stream stream) => stream.CanSeek ? stream.Position : 0;

    /// <summary>Records bound for one transaction, with the rejections met while gathering them.</summary>
    private sealed class ImportBatch
    {
        public List<ParsedRecord> Records { get; } = [];
        public List<RejectedRecord> Rejected { get; } = [];
        public long Read { get; set; }
        public long Unmatched { get; set; }
        public long BytesRead { get; set; }
        public RejectedRecord? StoppedAt { get; set; }
    }
}
