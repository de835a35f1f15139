using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Sources.Live.Http;

namespace SentimentMonitor.Sources.Live.Bluesky;

/// <summary>
/// XRPC calls to a Bluesky PDS/entryway with an app-password session: reuses the cached session, refreshes it on
/// ExpiredToken (logging in again only when the refresh token is dead too), and sends authenticated GETs.
/// </summary>
public sealed class BlueskyClient
{
    private readonly JsonFetcher _fetcher;
    private readonly SourceSettings _settings;
    private readonly BlueskySessionStore _store;
    private BlueskySession? _session;

    public BlueskyClient(HttpClient http, SourceSettings settings, BlueskySessionStore store)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _fetcher = new JsonFetcher(http, settings.Redactor());
    }

    private string Service => _settings.BlueskyBaseUrl.ToString();

    /// <summary>Logins (createSession) made by this client: 0 when the cached session served.</summary>
    public int Logins { get; private set; }
    public int Refreshes { get; private set; }

    /// <summary>GET /xrpc/{method}?{query} with the session; refreshes once on an expired token.</summary>
    internal async Task<JsonResponse> GetAsync(string method, string query, CollectionMeter? meter, CancellationToken ct)
    {
        await EnsureSessionAsync(meter, ct);
        Uri url = new(_settings.BlueskyBaseUrl, $"xrpc/{method}?{query}");
        JsonResponse response = await _fetcher.SendAsync(() => Authed(HttpMethod.Get, url, _session!.AccessJwt), "bluesky", meter, ct);
        if (!IsExpired(response))
            return response;
        response.Dispose();
        await RefreshAsync(meter, ct);
        return await _fetcher.SendAsync(() => Authed(HttpMethod.Get, url, _session!.AccessJwt), "bluesky", meter, ct);
    }

    private async Task EnsureSessionAsync(CollectionMeter? meter, CancellationToken ct)
    {
        if (_session is not null)
            return;
        if (!_settings.HasBluesky)
            throw new SourceException("bluesky", "no login: set SENTIMENTMONITOR_BSKY_HANDLE and SENTIMENTMONITOR_BSKY_APP_PASSWORD (an app password, not the account password)", authentication: true);
        _session = _store.Load(Service, _settings.BlueskyHandle!);
        if (_session is null)
            await LoginAsync(meter, ct);
        else
            Remember(_session);
    }

    private async Task LoginAsync(CollectionMeter? meter, CancellationToken ct)
    {
        Uri url = new(_settings.BlueskyBaseUrl, "xrpc/com.atproto.server.createSession");
        using JsonResponse response = await _fetcher.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { identifier = _settings.BlueskyHandle, password = _settings.BlueskyAppPassword }),
        }, "bluesky", meter, ct);
        Logins++;
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest)
            throw new SourceException("bluesky", $"login refused for {_settings.BlueskyHandle}: {response.Describe()}; check the handle and app password", authentication: true);
        Accept(response, "login");
    }

    private async Task RefreshAsync(CollectionMeter? meter, CancellationToken ct)
    {
        Uri url = new(_settings.BlueskyBaseUrl, "xrpc/com.atproto.server.refreshSession");
        using JsonResponse response = await _fetcher.SendAsync(() => Authed(HttpMethod.Post, url, _session!.RefreshJwt), "bluesky", meter, ct);
        Refreshes++;
        if (IsExpired(response) || response.Status == HttpStatusCode.Unauthorized)
        {
            // The refresh token is dead too (they last ~90 days): log in once more.
            await LoginAsync(meter, ct);
            return;
        }
        Accept(response, "session refresh");
    }

    private void Accept(JsonResponse response, string what)
    {
        if (!response.Ok || response.Body is null)
            throw new SourceException("bluesky", $"{what} failed: {response.Describe()}", authentication: response.Status != HttpStatusCode.TooManyRequests);
        JsonElement r = response.Body.RootElement;
        string Get(string name) => r.TryGetProperty(name, out JsonElement v) && v.GetString() is { Length: > 0 } s
            ? s
            : throw new SourceException("bluesky", $"{what} answer lacks {name}");
        BlueskySession session = new(Get("did"), Get("handle"), Get("accessJwt"), Get("refreshJwt"), Service);
        Remember(session);
        _session = session;
        _store.Save(session);
    }

    private void Remember(BlueskySession session)
    {
        _fetcher.Redactor.Add(session.AccessJwt);
        _fetcher.Redactor.Add(session.RefreshJwt);
    }

    private static bool IsExpired(JsonResponse response) =>
        response.Status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized
        && response.ErrorCode is "ExpiredToken" or "InvalidToken";

    private static HttpRequestMessage Authed(HttpMethod method, Uri url, string token)
    {
        HttpRequestMessage request = new(method, url);
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }
}
