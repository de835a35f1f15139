using System.Buffers.Binary;
using System.Text;
using LiteDB;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// The posts citing one publication on one UTC day with the facts the posts table filters on, as one "day_posts"
/// document: <c>_id</c> "pub|yyyy-MM-dd", <c>e</c> = entries sorted by (time, post key), each
/// [ms of day: int32][facets: uint32 (<see cref="PostFacets"/>)][key length: byte][post key: UTF-8].
/// A 200k-post paper is ~365 such documents (~4 MB), so a filter over all of it reads no post documents.
/// The "day_words" document with the same <c>_id</c> holds <c>w</c> = each entry's <see cref="WordSignature"/> in the
/// same order; both are written together, so a text search reads the two side by side.
/// </summary>
internal sealed class DayPostList
{
    private readonly Dictionary<string, Entry> _entries;

    private DayPostList(string publicationKey, DateOnly day, Dictionary<string, Entry> entries)
    {
        PublicationKey = publicationKey;
        Day = day;
        _entries = entries;
    }

    public DayPostList(string publicationKey, DateOnly day) : this(publicationKey, day, new Dictionary<string, Entry>(StringComparer.Ordinal)) { }

    public string PublicationKey { get; }
    public DateOnly Day { get; }
    public int Count => _entries.Count;

    /// <summary>One post of the day: milliseconds since midnight UTC, packed facets, post key, word signature (null: not indexed).</summary>
    internal readonly record struct Entry(int MillisecondOfDay, uint Facets, string PostKey, byte[]? Words = null);

    public void Set(Entry entry) => _entries[entry.PostKey] = entry;

    public void Remove(string postKey) => _entries.Remove(postKey);

    /// <summary>The day_posts document and its day_words twin, entries in the same (time, post key) order.</summary>
    public (BsonDocument Posts, BsonDocument Words) ToDocuments()
    {
        Entry[] sorted = _entries.Values.ToArray();
        Array.Sort(sorted, Compare);
        byte[] words = new byte[sorted.Length * WordSignature.Bytes];
        for (int i = 0; i < sorted.Length; i++)
            (sorted[i].Words ?? WordSignature.Unknown()).CopyTo(words, i * WordSignature.Bytes);
        string id = DailyCells.Id(PublicationKey, Day);
        return (ToDocument(id, sorted), new BsonDocument { ["_id"] = id, ["w"] = words });
    }

    private static BsonDocument ToDocument(string id, Entry[] sorted)
    {
        int size = sorted.Sum(e => 9 + Encoding.UTF8.GetByteCount(e.PostKey));
        byte[] bytes = new byte[size];
        int at = 0;
        foreach (Entry e in sorted)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), e.MillisecondOfDay);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), e.Facets);
            int length = Encoding.UTF8.GetBytes(e.PostKey, bytes.AsSpan(at + 9));
            if (length > byte.MaxValue)
                throw new InvalidOperationException($"post key longer than 255 bytes: {e.PostKey[..40]}…");
            bytes[at + 8] = (byte)length;
            at += 9 + length;
        }
        return new BsonDocument { ["_id"] = id, ["e"] = bytes };
    }

    /// <summary>The stored list; signatures come from <paramref name="words"/> (the day_words twin) when it fits the entries.</summary>
    public static DayPostList FromDocuments(BsonDocument doc, BsonDocument? words)
    {
        string id = doc["_id"].AsString;
        Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
        List<Entry> stored = Read(doc);
        byte[]? signatures = Signatures(words, stored.Count);
        for (int i = 0; i < stored.Count; i++)
        {
            Entry e = stored[i];
            entries[e.PostKey] = e with { Words = signatures?.AsSpan(i * WordSignature.Bytes, WordSignature.Bytes).ToArray() };
        }
        return new DayPostList(id[..^11], DateOnly.ParseExact(id.AsSpan(id.Length - 10), "yyyy-MM-dd"), entries);
    }

    /// <summary>The entries in stored order: oldest first, ties by post key (the order of the post_pubs keys).</summary>
    public static List<Entry> Read(BsonDocument doc)
    {
        byte[] bytes = doc["e"].AsBinary;
        List<Entry> entries = new(bytes.Length / 20);
        for (int at = 0; at + 9 <= bytes.Length;)
        {
            int length = bytes[at + 8];
            entries.Add(new Entry(
                BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at)),
                BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4)),
                Encoding.UTF8.GetString(bytes, at + 9, length)));
            at += 9 + length;
        }
        return entries;
    }

    /// <summary>The packed signatures of a day_words document, or null when it is missing or does not fit <paramref name="entries"/> entries.</summary>
    public static byte[]? Signatures(BsonDocument? words, int entries) =>
        words is not null && words["w"].IsBinary && words["w"].AsBinary.Length == entries * WordSignature.Bytes ? words["w"].AsBinary : null;

    private static int Compare(Entry a, Entry b) =>
        a.MillisecondOfDay != b.MillisecondOfDay ? a.MillisecondOfDay.CompareTo(b.MillisecondOfDay) : string.CompareOrdinal(a.PostKey, b.PostKey);
}
