namespace SentimentMonitor.Storage;

/// <summary>
/// The database file cannot be opened, read or written (missing for read-only use, locked, corrupt, no permission).
/// The message is one line naming the file; callers map it to their "database" exit code.
/// </summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
