using System.Text.Json;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Splits an input into top-level JSON values. JSON Lines stream line by line; a file whose first value spans
/// several lines (a saved, indented API response) is read as one document. Blank lines are skipped.
/// A final line cut mid-write is reported as "truncated last line"; other bad lines as malformed JSON.
/// </summary>
internal static class JsonRootReader
{
    public const string TruncatedLastLine = "truncated last line";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <summary>Yields each value; the caller must dispose each document before asking for the next.</summary>
    public static IEnumerable<JsonRoot> Read(Stream stream, string fileName, CancellationToken cancellationToken) =>
        Read(stream, fileName, allowDocument: true, cancellationToken);

    private static IEnumerable<JsonRoot> Read(Stream stream, string fileName, bool allowDocument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using JsonLineReader lines = new(stream);
        bool first = true;
        RejectedRecord? pending = null;
        bool pendingCut = false;
        while (lines.TryReadLine(out ReadOnlyMemory<byte> line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsBlank(line.Span))
                continue;
            if (pending is not null)
            {
                // More data follows, so a cut record here is not the end of an interrupted capture.
                yield return new JsonRoot(pending.Line, null, pending);
                pending = null;
            }
            long lineNumber = lines.LineNumber;
            JsonDocument? document = TryParse(line, out string? error);
            if (document is null && first && allowDocument && IsIncomplete(line.Span))
            {
                // A first value that does not end on its line: an indented single response, unless the next line
                // is a whole value on its own (JSON Lines whose first record is broken), which keeps streaming.
                byte[] head = line.ToArray();
                ReadOnlyMemory<byte> next = default;
                bool hasNext;
                while ((hasNext = lines.TryReadLine(out next)) && IsBlank(next.Span))
                {
                }
                if (hasNext && TryParse(next, out _) is { } nextDocument)
                {
                    first = false;
                    yield return new JsonRoot(lineNumber, null, new RejectedRecord(fileName, lineNumber, "malformed JSON: record ends before it is complete"));
                    yield return new JsonRoot(lines.LineNumber, nextDocument, null);
                    continue;
                }
                byte[] whole = hasNext ? [.. head, (byte)'\n', .. lines.ReadRestIncludingLastLine(next)] : head;
                foreach (JsonRoot root in ReadWholeDocument(whole, lineNumber, fileName, cancellationToken))
                    yield return root;
                yield break;
            }
            first = false;
            if (document is not null)
            {
                yield return new JsonRoot(lineNumber, document, null);
                continue;
            }
            pendingCut = IsIncomplete(line.Span);
            string reason = pendingCut ? "malformed JSON: record ends before it is complete" : $"malformed JSON: {error}";
            pending = new RejectedRecord(fileName, lineNumber, reason);
        }
        if (pending is not null)
        {
            // The last non-blank line: a cut one is a capture interrupted mid-write.
            yield return new JsonRoot(pending.Line, null, pendingCut ? pending with { Reason = TruncatedLastLine } : pending);
        }
    }

    private static IEnumerable<JsonRoot> ReadWholeDocument(byte[] bytes, long startLine, string fileName, CancellationToken cancellationToken)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException)
        {
            // Not one document after all: report line by line.
        }
        if (document is not null)
        {
            yield return new JsonRoot(startLine, document, null);
            yield break;
        }
        using MemoryStream again = new(bytes);
        foreach (JsonRoot root in Read(again, fileName, allowDocument: false, cancellationToken))
        {
            if (root.Rejected is not null)
                yield return root with { Line = root.Line + startLine - 1, Rejected = root.Rejected with { Line = root.Rejected.Line + startLine - 1 } };
            else
                yield return root with { Line = root.Line + startLine - 1 };
        }
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> line, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(line, Options);
        }
        catch (JsonException ex)
        {
            error = FirstSentence(ex.Message);
            return null;
        }
    }

    /// <summary>True when the bytes are a valid JSON prefix that simply stops early (a cut record).</summary>
    private static bool IsIncomplete(ReadOnlySpan<byte> bytes)
    {
        Utf8JsonReader reader = new(bytes, isFinalBlock: false, state: new JsonReaderState(new JsonReaderOptions { MaxDepth = 256 }));
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                    return false;
            }
            // The reader ran out of bytes without a syntax error: the value goes on beyond this line.
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                return false;
        }
        return true;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.') : message;
    }
}
