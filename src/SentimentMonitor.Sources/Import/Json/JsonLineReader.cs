using System.Buffers;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Reads a UTF-8 stream line by line as raw bytes, without decoding, so JSON Lines files of any size stream
/// through a single pooled buffer. A line's bytes are valid only until the next <see cref="TryReadLine"/>.
/// </summary>
internal sealed class JsonLineReader : IDisposable
{
    private const int ChunkSize = 64 * 1024;
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _bomChecked;

    public JsonLineReader(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize * 2);
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>True when the line last returned was ended by a newline (false for a final line cut short).</summary>
    public bool LastLineTerminated { get; private set; }

    /// <summary>Reads the next line without its line break; false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        int searchFrom = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', searchFrom, _end - searchFrom);
            if (newline >= 0)
            {
                line = Slice(_start, newline, terminated: true);
                _start = newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start >= _end)
                {
                    line = default;
                    return false;
                }
                line = Slice(_start, _end, terminated: false);
                _start = _end;
                return true;
            }
            searchFrom = Fill();
        }
    }

    /// <summary>Everything not yet returned, starting at the line last returned, as one array (for multi-line documents).</summary>
    public byte[] ReadRestIncludingLastLine(ReadOnlyMemory<byte> lastLine)
    {
        using MemoryStream rest = new();
        rest.Write(lastLine.Span);
        rest.WriteByte((byte)'\n');
        rest.Write(_buffer, _start, _end - _start);
        _start = _end;
        _stream.CopyTo(rest);
        _eof = true;
        return rest.ToArray();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private ReadOnlyMemory<byte> Slice(int from, int to, bool terminated)
    {
        LineNumber++;
        LastLineTerminated = terminated;
        if (to > from && _buffer[to - 1] == (byte)'\r')
            to--;
        return new ReadOnlyMemory<byte>(_buffer, from, to - from);
    }

    /// <summary>Moves the unread tail to the front, grows the buffer when one line fills it, reads more; returns where to resume the newline search.</summary>
    private int Fill()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        if (_buffer.Length - _end < ChunkSize)
        {
            byte[] bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _eof = true;
        _end += read;
        if (!_bomChecked && _end >= 3)
        {
            _bomChecked = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
                _start = 3;
        }
        else if (_eof)
        {
            _bomChecked = true;
        }
        return Math.Max(_start, pending);
    }
}
