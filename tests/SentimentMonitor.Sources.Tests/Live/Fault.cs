namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>A fault a scripted server injects once, on the first attempt of one page.</summary>
public enum Fault
{
    None,
    RateLimited,
    Status500,
    Status502,
    Status503,
    Slow,
    ClosedMidBody,
    MalformedJson,
}
