using System.Net;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Http;
using SentimentMonitor.Sources.Live.Mastodon;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class HttpHelpersTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 1, 13, 55, 55, TimeSpan.Zero);

    [Theory]
    [InlineData("x-rate-limit-reset", "1785592600", "2026-08-01T13:56:40Z")]
    [InlineData("ratelimit-reset", "1785592600", "2026-08-01T13:56:40Z")]
    [InlineData("X-RateLimit-Reset", "2026-08-01T14:00:00.070144Z", "2026-08-01T14:00:00.070144Z")]
    public void Reset_EachSourcesHeader_ParsedToAnInstant(string header, string value, string expected)
    {
        using HttpResponseMessage response = new(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(DateTimeOffset.Parse(expected), RateLimitResetReader.Reset(response, Now));
    }

    [Fact]
    public void Reset_OnlyRetryAfter_NowPlusDelta()
    {
        using HttpResponseMessage response = new(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30));

        Assert.Equal(Now.AddSeconds(30), RateLimitResetReader.Reset(response, Now));
    }

    [Fact]
    public void LinkHeader_RecordedMastodonHeader_NextAndPrevIds()
    {
        const string recorded = "<http://localhost:3000/api/v1/timelines/tag/hoot?max_id=117020593741189701>; rel=\"next\", <http://localhost:3000/api/v1/timelines/tag/hoot?min_id=117020593741189701>; rel=\"prev\"";

        Assert.Equal("117020593741189701", LinkHeader.Parameter(LinkHeader.Find(recorded, "next"), "max_id"));
        Assert.Equal("117020593741189701", LinkHeader.Parameter(LinkHeader.Find(recorded, "prev"), "min_id"));
        Assert.Null(LinkHeader.Find(recorded, "last"));
    }

    [Theory]
    [InlineData("99", "100", -1)]
    [InlineData("117020593741189701", "117020593741189700", 1)]
    [InlineData("5", "5", 0)]
    public void MastodonIds_CompareNumerically(string a, string b, int sign) => Assert.Equal(sign, Math.Sign(MastodonIds.Compare(a, b)));

    [Fact]
    public void Redactor_ConfiguredSecretsBearerAndJwts_Masked()
    {
        SecretRedactor redactor = new(["my-x-token-value", "app-password-1", null]);
        string jwt = "eyJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImFjY2VzcyJ9.c2lnbmF0dXJl";

        string text = redactor.Redact($"token my-x-token-value, password app-password-1, Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAA, jwt {jwt}; the bearer token was refused");

        Assert.DoesNotContain("my-x-token-value", text);
        Assert.DoesNotContain("app-password-1", text);
        Assert.DoesNotContain("AAAAAAAAAAAAAAAAAAAAAMLheAAA", text);
        Assert.DoesNotContain(jwt, text);
        Assert.Contains("the bearer token was refused", text);
    }
}
