using System.Text.Json;
using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>
/// Active alert conditions in a small JSON file next to the database ("monitor.db.alerts.json"), replaced atomically
/// (write a temp file, then move) so a kill never leaves half a state.
/// </summary>
public sealed class JsonAlertStateStore(string path) : IAlertStateStore
{
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    public static JsonAlertStateStore BesideDatabase(string databasePath) => new(databasePath + ".alerts.json");

    public IReadOnlySet<string> LoadActive()
    {
        if (!File.Exists(Path))
            return new HashSet<string>();
        try
        {
            return JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path))?.ToHashSet(StringComparer.Ordinal) ?? [];
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{Path}: alert state is not valid JSON ({ex.Message}); delete it to start afresh", ex);
        }
    }

    public void SaveActive(IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        string temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(keys.Order(StringComparer.Ordinal).ToArray()));
        File.Move(temp, Path, overwrite: true);
    }
}
