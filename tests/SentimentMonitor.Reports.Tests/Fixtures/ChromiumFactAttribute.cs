namespace SentimentMonitor.Reports.Tests.Fixtures;

/// <summary>A fact that is skipped, saying why, when Debian's chromium is not installed (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
            Skip = $"{Path} is not installed (apt-get install chromium); the HTML report is not opened in a browser";
    }
}
