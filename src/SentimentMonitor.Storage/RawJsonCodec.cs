using System.IO.Compression;
using System.Text;

namespace SentimentMonitor.Storage;

/// <summary>
/// Stores the raw record JSON as Brotli bytes. Raw JSON is most of a post's bytes (about 3 GB per million posts
/// as plain strings) and is only read for audit or re-parsing, so it is compressed on write and inflated on read.
/// </summary>
internal static class RawJsonCodec
{
    // Quality 1 / window 18: measured as the fastest setting that still shrinks tweet JSON about 3x.
    private const int Quality = 1;
    private const int Window = 18;

    public static byte[] Compress(string json, out int utf8Length)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        utf8Length = utf8.Length;
        byte[] buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, buffer, out int written, Quality, Window))
            throw new InvalidOperationException("Brotli compression failed with a maximum-size buffer");
        return buffer.AsSpan(0, written).ToArray();
    }

    public static string Decompress(byte[] data, int utf8Length)
    {
        byte[] utf8 = new byte[utf8Length];
        if (!BrotliDecoder.TryDecompress(data, utf8, out int written))
            throw new InvalidDataException("stored raw JSON is not valid Brotli data");
        return Encoding.UTF8.GetString(utf8, 0, written);
    }
}
