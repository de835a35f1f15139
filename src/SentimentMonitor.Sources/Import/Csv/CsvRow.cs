using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SentimentMonitor.Sources.Import.Csv;

/// <summary>One CSV record addressed by (case-insensitive) column name; empty cells read as null.</summary>
internal sealed class CsvRow(IReadOnlyDictionary<string, int> columns, string[] header, string[] fields)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string? this[string column] =>
        columns.TryGetValue(column, out int index) && index < fields.Length && !string.IsNullOrWhiteSpace(fields[index])
            ? fields[index]
            : null;

    /// <summary>The row as a compact JSON object of its non-empty cells: the raw record kept with the post.</summary>
    public string ToJson()
    {
        ArrayBufferWriter<byte> buffer = new(512);
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            for (int i = 0; i < header.Length && i < fields.Length; i++)
            {
                if (!string.IsNullOrEmpty(fields[i]))
                    writer.WriteString(header[i], fields[i]);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
