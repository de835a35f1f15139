using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace SentimentMonitor.Storage;

/// <summary>
/// Stores the raw record JSON as Brotli bytes. Raw JSON is most of a post's bytes (about 3 GB per million posts
/// as plain strings) and is only read for audit or re-parsing, so it is compressed on write and inflated on read.
/// </summary>
internal static class RawJsonCodec
{
    // Measured on X API tweets (1,756 B of JSON on average): quality 1 with a 16 KB window gives 849 B in ~27 µs of
    // CPU; higher qualities gain < 10% for 2–20x the time, and larger windows gain nothing on documents this small.
    private const int Quality = 1;
    private const int Window = 14;

    public static byte[] Compress(string json, out int utf8Length)
    {
        byte[] utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        byte[] buffer = Array.Empty<byte>();
        try
        {
            utf8Length = Encoding.UTF8.GetBytes(json, utf8);
            buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8Length));
            if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, utf8Length), buffer, out int written, Quality, Window))
                throw new InvalidOperationException("Brotli compression failed with a maximum-size buffer");
            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
            if (buffer.Length > 0)
                ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Decompress(byte[] data, int utf8Length)
    {
        byte[] utf8 = ArrayPool<byte>.Shared.Rent(utf8Length);
        try
        {
            if (!BrotliDecoder.TryDecompress(data, utf8.AsSpan(0, utf8Length), out int written))
                throw new InvalidDataException("stored raw JSON is not valid Brotli data");
            return Encoding.UTF8.GetString(utf8, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
