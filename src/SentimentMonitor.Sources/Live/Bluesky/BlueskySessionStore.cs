using System.Text.Json;

namespace SentimentMonitor.Sources.Live.Bluesky;

/// <summary>
/// Caches the Bluesky session on disk so runs do not log in again (createSession is limited to a few per day).
/// The file holds tokens only, is created owner-only (0600) and replaced atomically.
/// </summary>
public sealed class BlueskySessionStore(string path)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path { get; } = path;

    /// <summary>The cached session for this service and handle, or null when none, another account's, or unreadable.</summary>
    public BlueskySession? Load(string service, string handle)
    {
        try
        {
            if (!File.Exists(Path))
                return null;
            BlueskySession? s = JsonSerializer.Deserialize<BlueskySession>(File.ReadAllText(Path));
            bool mine = s is not null && s.Service == service
                && (s.Handle.Equals(handle, StringComparison.OrdinalIgnoreCase) || s.Did.Equals(handle, StringComparison.Ordinal));
            return mine ? s : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Save(BlueskySession session)
    {
        string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        if (!Directory.Exists(dir))
        {
            if (OperatingSystem.IsWindows())
                Directory.CreateDirectory(dir);
            else
                Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        string temp = Path + ".tmp";
        FileStreamOptions options = new() { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using (FileStream stream = new(temp, options))
            JsonSerializer.Serialize(stream, session);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temp, OwnerOnly);
        File.Move(temp, Path, overwrite: true);
    }
}
