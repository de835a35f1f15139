using SentimentMonitor.Core.Collection;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Http;
using SentimentMonitor.Sources.Live.Links;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Collect;

/// <summary>
/// The configured live sources with the HTTP clients they need, owned together so <c>collect</c>, <c>watch</c> and
/// the dashboard's live collection compose a <see cref="CollectionService"/> the same way and dispose it the same way.
/// Sources are built before the database is opened, so a run with nothing configured never touches the store.
/// </summary>
internal sealed class LiveCollector : IDisposable
{
    private readonly HttpClient _api;
    private readonly HttpClient _links;
    private readonly TimeProvider _time;

    private LiveCollector(HttpClient api, IReadOnlyList<IPostSource> sources, IReadOnlyList<string> skipped, TimeProvider time)
    {
        _api = api;
        _links = HttpLinkExpander.CreateClient();
        _time = time;
        Sources = sources;
        Skipped = skipped;
    }

    public IReadOnlyList<IPostSource> Sources { get; }

    /// <summary>One line per source left out for lack of credentials, with the setting to fix it.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Builds the sources <paramref name="which"/> names ("all", "x", "bluesky" or "mastodon").</summary>
    public static LiveCollector Connect(string which, SourceSettings settings, TimeProvider time)
    {
        HttpClient api = SourceHttpClientFactory.Create(time);
        try
        {
            (IReadOnlyList<IPostSource> sources, IReadOnlyList<string> skipped) = LiveSourceSet.Build(which, settings, api, time);
            return new LiveCollector(api, sources, skipped, time);
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    /// <summary>A collection service writing to <paramref name="store"/>, expanding short links through its link cache.</summary>
    public CollectionService ServiceFor(LiteDbStore store) =>
        new(store, Sources, _time, new HttpLinkExpander(_links, store, _time));

    public void Dispose()
    {
        _api.Dispose();
        _links.Dispose();
    }
}
