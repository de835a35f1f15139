namespace SentimentMonitor.Storage.Tests;

/// <summary>A database file in a fresh temp folder, deleted with the folder.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sm-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = System.IO.Path.Combine(Folder, "monitor.db");
    }

    public string Folder { get; }
    public string FilePath { get; }

    public LiteDbStore Open(bool readOnly = false, bool shared = false) => new(new LiteDbStoreOptions(FilePath, readOnly, shared));

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a leaked handle must not fail the test */ }
    }
}
