using System.Buffers.Binary;
using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// The counts of one publication on one UTC day, stored as one "daily" document: <c>_id</c> "pub|yyyy-MM-dd",
/// <c>c</c> = packed reaction cells (platform, role, specialty, sentiment → posts, evaluating; 12 bytes each) and
/// <c>a</c> = packed aspect cells (aspect + the same four → posts; 9 bytes each). One document per day instead of
/// one per cell: a 200k-post paper is ~365 documents to read, not ~42,000 (docs/storage.md).
/// </summary>
internal sealed class DailyCells
{
    private const int ReactionCellBytes = 12;
    private const int AspectCellBytes = 9;

    public DailyCells(string publicationKey, DateOnly day)
    {
        PublicationKey = publicationKey;
        Day = day;
    }

    public string PublicationKey { get; }
    public DateOnly Day { get; }

    /// <summary>Cell key (see <see cref="CellKey"/>) → posts and evaluating posts.</summary>
    public Dictionary<int, (int Posts, int Evaluating)> Reactions { get; } = [];

    /// <summary>Aspect code (high 32 bits) and cell key (low 32 bits) → posts.</summary>
    public Dictionary<long, int> Aspects { get; } = [];

    public bool IsEmpty => Reactions.Count == 0 && Aspects.Count == 0;

    public static string Id(string publicationKey, DateOnly day) => $"{publicationKey}|{BsonTime.Day(day)}";

    public static int CellKey(Platform platform, AuthorRole role, Specialty specialty, Sentiment? sentiment) =>
        (CellCodes.Platforms.Code(platform) << 24) | (CellCodes.Roles.Code(role) << 16) | (CellCodes.Specialties.Code(specialty) << 8) | CellCodes.Sentiment(sentiment);

    public static long AspectKey(Aspect aspect, int cellKey) => ((long)CellCodes.Aspects.Code(aspect) << 32) | (uint)cellKey;

    public void AddReaction(int cellKey, int posts, int evaluating)
    {
        Reactions.TryGetValue(cellKey, out var cell);
        cell = (cell.Posts + posts, cell.Evaluating + evaluating);
        if (cell.Posts <= 0)
            Reactions.Remove(cellKey); // a cell with no posts has no evaluating posts either
        else
            Reactions[cellKey] = cell;
    }

    public void AddAspect(long aspectKey, int posts)
    {
        int n = Aspects.GetValueOrDefault(aspectKey) + posts;
        if (n <= 0)
            Aspects.Remove(aspectKey);
        else
            Aspects[aspectKey] = n;
    }

    public BsonDocument ToDocument()
    {
        byte[] c = new byte[Reactions.Count * ReactionCellBytes];
        int i = 0;
        foreach ((int key, (int posts, int evaluating)) in Reactions.OrderBy(kv => kv.Key))
        {
            Span<byte> cell = c.AsSpan(i, ReactionCellBytes);
            BinaryPrimitives.WriteInt32LittleEndian(cell, key);
            BinaryPrimitives.WriteInt32LittleEndian(cell[4..], posts);
            BinaryPrimitives.WriteInt32LittleEndian(cell[8..], evaluating);
            i += ReactionCellBytes;
        }
        byte[] a = new byte[Aspects.Count * AspectCellBytes];
        i = 0;
        foreach ((long key, int posts) in Aspects.OrderBy(kv => kv.Key))
        {
            Span<byte> cell = a.AsSpan(i, AspectCellBytes);
            cell[0] = (byte)(key >> 32);
            BinaryPrimitives.WriteInt32LittleEndian(cell[1..], (int)key);
            BinaryPrimitives.WriteInt32LittleEndian(cell[5..], posts);
            i += AspectCellBytes;
        }
        return new BsonDocument { ["_id"] = Id(PublicationKey, Day), ["c"] = c, ["a"] = a };
    }

    public static DailyCells FromDocument(BsonDocument doc)
    {
        (string pub, DateOnly day) = ParseId(doc["_id"].AsString);
        DailyCells cells = new(pub, day);
        ReadOnlySpan<byte> c = doc["c"].AsBinary;
        for (int i = 0; i + ReactionCellBytes <= c.Length; i += ReactionCellBytes)
            cells.Reactions[BinaryPrimitives.ReadInt32LittleEndian(c[i..])] =
                (BinaryPrimitives.ReadInt32LittleEndian(c[(i + 4)..]), BinaryPrimitives.ReadInt32LittleEndian(c[(i + 8)..]));
        ReadOnlySpan<byte> a = doc["a"].AsBinary;
        for (int i = 0; i + AspectCellBytes <= a.Length; i += AspectCellBytes)
            cells.Aspects[((long)a[i] << 32) | (uint)BinaryPrimitives.ReadInt32LittleEndian(a[(i + 1)..])] = BinaryPrimitives.ReadInt32LittleEndian(a[(i + 5)..]);
        return cells;
    }

    /// <summary>Appends this day's reaction cells as port records (no dictionaries: reads decode straight from the bytes).</summary>
    public static void ReadReactions(BsonDocument doc, List<ReactionCount> into)
    {
        DateOnly day = ParseId(doc["_id"].AsString).Day;
        ReadOnlySpan<byte> c = doc["c"].AsBinary;
        for (int i = 0; i + ReactionCellBytes <= c.Length; i += ReactionCellBytes)
        {
            int key = BinaryPrimitives.ReadInt32LittleEndian(c[i..]);
            (Platform p, AuthorRole r, Specialty s, Sentiment? se) = Decode(key);
            into.Add(new ReactionCount(day, p, r, s, se, BinaryPrimitives.ReadInt32LittleEndian(c[(i + 4)..]), BinaryPrimitives.ReadInt32LittleEndian(c[(i + 8)..])));
        }
    }

    public static void ReadAspects(BsonDocument doc, List<AspectCount> into)
    {
        DateOnly day = ParseId(doc["_id"].AsString).Day;
        ReadOnlySpan<byte> a = doc["a"].AsBinary;
        for (int i = 0; i + AspectCellBytes <= a.Length; i += AspectCellBytes)
        {
            (Platform p, AuthorRole r, Specialty s, Sentiment? se) = Decode(BinaryPrimitives.ReadInt32LittleEndian(a[(i + 1)..]));
            into.Add(new AspectCount(day, CellCodes.Aspects.Value(a[i]), p, r, s, se, BinaryPrimitives.ReadInt32LittleEndian(a[(i + 5)..])));
        }
    }

    /// <summary>Total posts of the day (all cells).</summary>
    public static long TotalPosts(BsonDocument doc)
    {
        ReadOnlySpan<byte> c = doc["c"].AsBinary;
        long total = 0;
        for (int i = 0; i + ReactionCellBytes <= c.Length; i += ReactionCellBytes)
            total += BinaryPrimitives.ReadInt32LittleEndian(c[(i + 4)..]);
        return total;
    }

    private static (Platform, AuthorRole, Specialty, Sentiment?) Decode(int key) => (
        CellCodes.Platforms.Value((byte)(key >> 24)),
        CellCodes.Roles.Value((byte)(key >> 16)),
        CellCodes.Specialties.Value((byte)(key >> 8)),
        CellCodes.Sentiment((byte)key));

    // The day is the fixed-width tail of the id; publication keys may themselves contain '|'.
    private static (string Pub, DateOnly Day) ParseId(string id) => (
        id[..^11],
        DateOnly.ParseExact(id.AsSpan(id.Length - 10), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
