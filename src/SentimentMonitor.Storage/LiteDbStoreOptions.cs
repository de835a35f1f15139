namespace SentimentMonitor.Storage;

/// <summary>
/// How to open the database file. <see cref="Shared"/> makes reads from other processes safe while one process
/// writes (LiteDB's direct mode gives torn reads across processes; see shared/docs/litedb-measured.md §4).
/// </summary>
/// <param name="Path">The database file; created (with its folder) when missing, unless read-only.</param>
/// <param name="ReadOnly">Open without writing anything (e.g. the bundled sample database).</param>
/// <param name="Shared">LiteDB <c>Connection=shared</c>: the file is opened per statement or transaction under a named mutex.</param>
public sealed record LiteDbStoreOptions(string Path, bool ReadOnly = false, bool Shared = false);
