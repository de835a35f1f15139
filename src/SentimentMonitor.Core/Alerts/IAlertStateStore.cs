namespace SentimentMonitor.Core.Alerts;

/// <summary>Remembers which alert conditions are active between runs, so <c>watch --once</c> from cron does not repeat alerts.</summary>
public interface IAlertStateStore
{
    IReadOnlySet<string> LoadActive();

    void SaveActive(IReadOnlySet<string> keys);
}
