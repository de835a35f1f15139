using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Csv;

/// <summary>
/// Reads CSV posts: the documented import format (docs/csv-format.md) or twarc-csv output (dotted column names).
/// Streams row by row; line numbers are the physical line where each record starts (quoted cells may span lines).
/// </summary>
public sealed class CsvRecordParser : IRecordParser
{
    public ImportFormat Format => ImportFormat.Csv;

    public IEnumerable<ParseOutcome> Parse(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return ParseCore(stream, fileName, cancellationToken);
    }

    private static IEnumerable<ParseOutcome> ParseCore(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        string? badData = null;
        CsvConfiguration config = new(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData ??= args.Field,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using StreamReader text = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        using CsvParser parser = new(text, config);
        if (!parser.Read())
        {
            yield return ParseOutcome.Fail(new RejectedRecord(fileName, 1, "empty file: expected a CSV header"));
            yield break;
        }
        string[] header = parser.Record ?? [];
        Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++)
            columns.TryAdd(header[i].Trim(), i);
        Func<CsvRow, ParsedRecord>? map = ChooseMapper(columns, out string? headerProblem);
        if (map is null)
        {
            yield return ParseOutcome.Fail(new RejectedRecord(fileName, 1, headerProblem!, "header"));
            yield break;
        }

        long previousEnd = parser.RawRow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badData = null;
            bool more;
            string? readError = null;
            try
            {
                more = parser.Read();
            }
            catch (CsvHelperException ex)
            {
                more = false;
                readError = ex.Message.Split('\n')[0];
            }
            long line = previousEnd + 1;
            if (readError is not null)
            {
                yield return ParseOutcome.Fail(new RejectedRecord(fileName, line, $"malformed CSV: {readError}"));
                yield break;
            }
            if (!more)
                yield break;
            previousEnd = parser.RawRow;
            string[] fields = parser.Record ?? [];
            if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0]))
                continue;
            yield return MapRow(map, new CsvRow(columns, header, fields), fileName, line, badData);
        }
    }

    private static ParseOutcome MapRow(Func<CsvRow, ParsedRecord> map, CsvRow row, string fileName, long line, string? badData)
    {
        if (badData is not null)
            return ParseOutcome.Fail(new RejectedRecord(fileName, line, "malformed CSV: stray quote in a cell"));
        try
        {
            return ParseOutcome.Ok(line, map(row));
        }
        catch (RecordException ex)
        {
            return ParseOutcome.Fail(new RejectedRecord(fileName, line, ex.Message, ex.Field));
        }
    }

    private static Func<CsvRow, ParsedRecord>? ChooseMapper(Dictionary<string, int> columns, out string? problem)
    {
        problem = null;
        if (TwarcCsvMapper.Recognises(columns))
            return TwarcCsvMapper.Map;
        string[] missing = CsvColumns.Required.Where(c => !columns.ContainsKey(c)).ToArray();
        if (missing.Length == 0)
            return DocumentedCsvMapper.Map;
        problem = $"CSV header lacks column(s) {string.Join(", ", missing)} (see docs/csv-format.md)";
        return null;
    }
}
