using System.Text.Unicode;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Finds the first byte of a file that is not UTF-8, with its line number. Export files must be UTF-8; a Latin-1 or
/// UTF-16 file would otherwise import with '�' in place of every accented letter and nobody would notice.
/// </summary>
internal static class Utf8FileCheck
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Null when the whole file is UTF-8; else "line N: byte 0xXX is not UTF-8" (with a hint for UTF-16).</summary>
    public static string? FirstProblem(string path)
    {
        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        byte[] buffer = new byte[ChunkBytes];
        long line = 1;
        int carry = 0;
        bool first = true;
        while (true)
        {
            int read = stream.Read(buffer, carry, buffer.Length - carry);
            int length = carry + read;
            if (length == 0)
                return null;
            if (first && length >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
                return "line 1: the file is UTF-16, not UTF-8";
            first = false;
            // A character split across two reads is checked with the next read, not reported as broken.
            int end = read == 0 ? length : length - IncompleteTail(buffer.AsSpan(0, length));
            ReadOnlySpan<byte> chunk = buffer.AsSpan(0, end);
            if (!Utf8.IsValid(chunk))
            {
                int bad = FirstInvalid(chunk);
                line += chunk[..bad].Count((byte)'\n');
                return $"line {line}: byte 0x{chunk[bad]:X2} is not UTF-8";
            }
            line += chunk.Count((byte)'\n');
            if (read == 0)
                return null;
            carry = length - end;
            buffer.AsSpan(end, carry).CopyTo(buffer);
        }
    }

    /// <summary>Bytes at the end that start a multi-byte character without all of its bytes (0 to 3).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> data)
    {
        for (int back = 1; back <= Math.Min(3, data.Length); back++)
        {
            byte b = data[^back];
            if ((b & 0xC0) == 0x80)
                continue; // continuation byte: keep looking for the lead byte
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> chunk)
    {
        char[] chars = new char[chunk.Length];
        Utf8.ToUtf16(chunk, chars, out int bytesRead, out _, replaceInvalidSequences: false);
        return Math.Min(bytesRead, chunk.Length - 1);
    }
}
