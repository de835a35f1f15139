using System.Text;

namespace SentimentMonitor.Tests.Golden;

/// <summary>
/// Golden-output files: one "key TAB escaped output" line per input, written once from the implementation that
/// trained models and the author table were built on, then compared on every run. Set
/// SENTIMENTMONITOR_WRITE_GOLDEN=1 to rewrite a file (only when an output change is intended and reviewed).
/// </summary>
internal static class GoldenFile
{
    public static string RepositoryFile(params string[] parts)
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SentimentMonitor.sln")))
            dir = dir.Parent;
        string root = dir?.FullName ?? throw new InvalidOperationException("SentimentMonitor.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine([root, .. parts]);
    }

    /// <summary>The hostile inputs of tests/Golden/adversarial-texts.txt, unescaped.</summary>
    public static IReadOnlyList<string> AdversarialTexts() =>
        File.ReadAllLines(RepositoryFile("tests", "Golden", "adversarial-texts.txt")).Select(Unescape).ToList();

    /// <summary>Asserts that every (key, output) equals the golden line of that key, naming the first differences.</summary>
    public static void AssertMatches(string goldenPath, IEnumerable<(string Key, string Output)> actual)
    {
        List<string> lines = actual.Select(a => a.Key + "\t" + Escape(a.Output)).ToList();
        if (Environment.GetEnvironmentVariable("SENTIMENTMONITOR_WRITE_GOLDEN") == "1")
        {
            File.WriteAllLines(goldenPath, lines);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"golden file missing: {goldenPath}");
        string[] golden = File.ReadAllLines(goldenPath);
        List<string> differences = [];
        for (int i = 0; i < Math.Max(golden.Length, lines.Count); i++)
        {
            string want = i < golden.Length ? golden[i] : "(none)", got = i < lines.Count ? lines[i] : "(none)";
            if (want != got)
                differences.Add($"line {i + 1}:\n  golden: {want}\n  now:    {got}");
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} outputs differ from {Path.GetFileName(goldenPath)}:\n{string.Join("\n", differences.Take(20))}");
    }

    /// <summary>Backslash escapes for \, control characters and surrogates, so any string fits on one line losslessly.</summary>
    public static string Escape(string text)
    {
        StringBuilder sb = new(text.Length);
        foreach (char c in text)
        {
            if (c == '\\')
                sb.Append(@"\\");
            else if (c < 0x20 || c is >= '\x7f' and <= '\x9f' || char.IsSurrogate(c))
                sb.Append(@"\u").Append(((int)c).ToString("x4"));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Unescape(string line)
    {
        StringBuilder sb = new(line.Length);
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] != '\\')
            {
                sb.Append(line[i++]);
                continue;
            }
            if (line[i + 1] == '\\')
            {
                sb.Append('\\');
                i += 2;
                continue;
            }
            sb.Append((char)Convert.ToInt32(line.Substring(i + 2, 4), 16));
            i += 6;
        }
        return sb.ToString();
    }
}
