using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage;

/// <summary>
/// The LiteDB database: posts, authors, publications, cursors and pre-aggregated reaction counts in one file.
/// Every write is one transaction. Layout and the reasons for it: docs/storage.md.
/// </summary>
public sealed partial class LiteDbStore : IPostRepository, IPublicationRepository, IReactionStatistics, IDisposable
{
    private readonly LiteDatabase _db;
    private readonly ILiteCollection<BsonDocument> _posts;
    private readonly ILiteCollection<BsonDocument> _postPubs;
    private readonly ILiteCollection<BsonDocument> _authors;
    private readonly ILiteCollection<BsonDocument> _publications;
    private readonly ILiteCollection<BsonDocument> _cursors;
    private readonly ILiteCollection<BsonDocument> _daily;
    private readonly ILiteCollection<BsonDocument> _dayPosts;
    private readonly ILiteCollection<BsonDocument> _dayWords;

    public LiteDbStore(LiteDbStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        Options = options with { Path = System.IO.Path.GetFullPath(options.Path) };
        string path = Options.Path;
        if (options.ReadOnly && !File.Exists(path))
            throw new StorageException($"database not found: {path}");
        if (Directory.Exists(path))
            throw new StorageException($"database path is a folder: {path}");
        try
        {
            if (!options.ReadOnly)
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            ConnectionString connection = new()
            {
                Filename = path,
                Connection = options.Shared ? ConnectionType.Shared : ConnectionType.Direct,
                ReadOnly = options.ReadOnly,
                // Ordinal keys: exact (case-sensitive) ids, fast comparisons, and range bounds that behave.
                Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
            };
            _db = new LiteDatabase(connection, new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false });
            _posts = _db.GetCollection("posts");
            _postPubs = _db.GetCollection("post_pubs");
            _authors = _db.GetCollection("authors");
            _publications = _db.GetCollection("publications");
            _cursors = _db.GetCollection("cursors");
            _daily = _db.GetCollection("daily");
            _dayPosts = _db.GetCollection("day_posts");
            _dayWords = _db.GetCollection("day_words");
            if (options.ReadOnly)
                CheckSchemaReadOnly(); // also: shared mode opens lazily, so fail here, not on the first query
            else
                EnsureSchema();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException) // a corrupt file fails in many ways; all mean "cannot open"
        {
            _db?.Dispose();
            throw new StorageException(DescribeOpenFailure(path, ex), ex);
        }
    }

    public LiteDbStoreOptions Options { get; }

    /// <summary>Opens the database for reading and writing, in direct mode.</summary>
    public static LiteDbStore Open(string path) => new(new LiteDbStoreOptions(path));

    private void EnsureSchema()
    {
        _posts.EnsureIndex("a", "$.a");
        _posts.EnsureIndex("t", "$.t");
        _authors.EnsureIndex("hl", "$.hl");
        MigrateSchema();
    }

    private static string DescribeOpenFailure(string path, Exception ex) => ex switch
    {
        UnauthorizedAccessException => $"cannot open database {path}: permission denied",
        IOException io when io.Message.Contains("lock", StringComparison.OrdinalIgnoreCase) => $"database {path} is locked by another process",
        _ when !LiteDbFileHeader.MayBeLiteDb(path) => $"{path} is not a SentimentMonitor database (no LiteDB header; wrong --db?)",
        _ => $"cannot open database {path}: {OneLine(ex.Message)}",
    };

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>Runs <paramref name="write"/> in one transaction; any failure rolls it back and surfaces as <see cref="StorageException"/>.</summary>
    private T InTransaction<T>(Func<T> write)
    {
        if (Options.ReadOnly)
            throw new StorageException($"database {Options.Path} is open read-only");
        bool began;
        try
        {
            began = _db.BeginTrans();
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"cannot write database {Options.Path}: {OneLine(ex.Message)}", ex);
        }
        try
        {
            T result = write();
            if (began)
                _db.Commit();
            return result;
        }
        catch (Exception ex)
        {
            if (began)
                TryRollback();
            if (ex is LiteException or IOException or UnauthorizedAccessException)
                throw new StorageException($"cannot write database {Options.Path}: {OneLine(ex.Message)}", ex);
            throw;
        }
    }

    private void InTransaction(Action write) => InTransaction(() => { write(); return 0; });

    private void TryRollback()
    {
        try { _db.Rollback(); }
        catch (Exception ex) when (ex is LiteException or IOException) { /* the original error matters more */ }
    }

    /// <summary>Wraps reads so file problems surface as <see cref="StorageException"/>.</summary>
    private T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"cannot read database {Options.Path}: {OneLine(ex.Message)}", ex);
        }
    }

    /// <summary>Writes the log into the data file (LiteDB does this itself every 1,000 pages).</summary>
    public void Checkpoint()
    {
        if (!Options.ReadOnly)
            Read(() => { _db.Checkpoint(); return 0; });
    }

    public void Dispose() => _db.Dispose();
}
