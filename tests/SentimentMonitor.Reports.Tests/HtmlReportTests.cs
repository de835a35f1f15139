using System.Diagnostics;
using System.Text.RegularExpressions;
using SentimentMonitor.Reports.Tests.Fixtures;

namespace SentimentMonitor.Reports.Tests;

public sealed partial class HtmlReportTests(GeneratedReports reports) : IClassFixture<GeneratedReports>
{
    private const string Chromium = ChromiumFactAttribute.Path;

    [Fact]
    public void Html_IsSelfContained_WithEmbeddedChartsAndEncodedPostText()
    {
        string html = File.ReadAllText(GeneratedReports.PathOf(reports.Comparison, "report.html"));

        Assert.Equal(12, DataUri().Matches(html).Count);
        Assert.DoesNotMatch(@"(src|href)=""(?!data:|https://doi\.org/|https://example\.org/)", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Event-free survival looks strong &lt;b&gt;here&lt;/b&gt;.", html);
        Assert.Contains("href=\"https://example.org/pedsonc.bsky.social/b3\"", html);
        Assert.Contains("Method", html);
    }

    [ChromiumFact]
    public async Task Html_OpensInHeadlessChromium_WithoutConsoleErrors()
    {
        string html = GeneratedReports.PathOf(reports.Comparison, "report.html");
        string screenshot = GeneratedReports.PathOf(reports.Comparison, "screenshot.png");
        string profile = Path.Combine(reports.Fixture.Folder, "chromium-profile");
        ProcessStartInfo start = new(Chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            "--window-size=1200,2400", $"--screenshot={screenshot}", new Uri(html).AbsoluteUri,
        })
            start.ArgumentList.Add(arg);
        using Process chromium = Process.Start(start)!;
        Task<string> stderr = chromium.StandardError.ReadToEndAsync();
        Task<string> stdout = chromium.StandardOutput.ReadToEndAsync();
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(90));
        await chromium.WaitForExitAsync(timeout.Token);
        string log = await stderr + await stdout;

        Assert.True(chromium.ExitCode == 0, $"chromium exited {chromium.ExitCode}: {log}");
        Assert.DoesNotContain("Uncaught", log);
        Assert.DoesNotContain("ERROR:CONSOLE", log);
        Assert.DoesNotContain(":CONSOLE(", log);
        byte[] png = File.ReadAllBytes(screenshot);
        Assert.Equal((byte)'P', png[1]);
        Assert.True(png.Length > 20_000, $"screenshot is only {png.Length} bytes");
    }

    [GeneratedRegex("src=\"data:image/png;base64,[A-Za-z0-9+/=]{1000,}\"")]
    private static partial Regex DataUri();
}
