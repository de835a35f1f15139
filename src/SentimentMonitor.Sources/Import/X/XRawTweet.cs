using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// The raw record kept for an X post: the tweet object as the API returns it in <c>data[]</c>, compact. twarc2
/// <c>flatten</c> inlines the author, the replied-to user and whole referenced tweets and copies <c>__twarc</c>
/// onto every line; those are page material, dropped here so both X formats store the same, smaller record.
/// </summary>
internal static class XRawTweet
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string Write(JsonElement tweet)
    {
        if (!IsFlattened(tweet))
            return CompactJson.Write(tweet);
        ArrayBufferWriter<byte> buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        buffer.Write("{"u8);
        bool first = true;
        foreach (JsonProperty property in tweet.EnumerateObject())
        {
            if (property.NameEquals("__twarc"u8) || property.NameEquals("author"u8) || property.NameEquals("in_reply_to_user"u8))
                continue;
            if (!first)
                buffer.Write(","u8);
            first = false;
            buffer.Write("\""u8);
            CompactJson.Minify(JsonMarshal.GetRawUtf8PropertyName(property), buffer);
            buffer.Write("\":"u8);
            if (property.NameEquals("referenced_tweets"u8) && property.Value.ValueKind == JsonValueKind.Array)
                WriteReferences(property.Value, buffer);
            else
                CompactJson.Minify(JsonMarshal.GetRawUtf8Value(property.Value), buffer);
        }
        buffer.Write("}"u8);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsFlattened(JsonElement tweet) =>
        tweet.Has("__twarc"u8) || tweet.Has("author"u8) || tweet.Has("in_reply_to_user"u8);

    /// <summary>Only type and id of each reference, as in an unflattened page.</summary>
    private static void WriteReferences(JsonElement references, ArrayBufferWriter<byte> buffer)
    {
        buffer.Write("["u8);
        bool first = true;
        foreach (JsonElement reference in references.EnumerateArray())
        {
            if (!first)
                buffer.Write(","u8);
            first = false;
            buffer.Write("{"u8);
            bool wroteType = false;
            if (reference.Child("type"u8) is { ValueKind: JsonValueKind.String } type)
            {
                buffer.Write("\"type\":"u8);
                CompactJson.Minify(JsonMarshal.GetRawUtf8Value(type), buffer);
                wroteType = true;
            }
            if (reference.Child("id"u8) is { } id)
            {
                buffer.Write(wroteType ? ",\"id\":"u8 : "\"id\":"u8);
                CompactJson.Minify(JsonMarshal.GetRawUtf8Value(id), buffer);
            }
            buffer.Write("}"u8);
        }
        buffer.Write("]"u8);
    }
}
