using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Tests.Presenters;

public class CredentialHintsTests
{
    [Fact]
    public void FromEnvironment_NothingSet_HintsNameTheVariablesAndTheConfigKeysTheLoaderReads()
    {
        IReadOnlyList<LiveSourceStatus> sources = CredentialHints.FromEnvironment(_ => null);

        string summary = CredentialHints.Summary(sources)!;
        Assert.StartsWith("No credentials for x, bluesky: ", summary);
        Assert.Contains("SENTIMENTMONITOR_X_BEARER_TOKEN (or xBearerToken in", summary);
        Assert.Contains("bskyHandle and bskyAppPassword", summary);
    }

    [Fact]
    public void FromEnvironment_XTokenSet_OnlyBlueskyMissing()
    {
        IReadOnlyList<LiveSourceStatus> sources = CredentialHints.FromEnvironment(name => name == CredentialHints.XToken ? "secret" : null);

        Assert.True(sources.Single(s => s.Source == "x").Ready);
        Assert.DoesNotContain("secret", CredentialHints.Summary(sources));
        Assert.StartsWith("No credentials for bluesky: ", CredentialHints.Summary(sources));
    }
}
