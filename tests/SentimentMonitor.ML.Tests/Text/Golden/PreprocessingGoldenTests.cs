using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Text;
using SentimentMonitor.Tests.Golden;

namespace SentimentMonitor.ML.Tests.Text.Golden;

/// <summary>
/// Post preprocessing and the clinical aspect vocabulary give exactly what they gave before they were made faster
/// (the shipped models were trained on these features): prepared text, the seven lexicon floats and the seven
/// vocabulary hits under three option sets, for every post of the domain corpus and hostile strings (golden file
/// posts.golden.tsv), and for the first 2,000 TweetEval validation posts (only a hash per post is stored, since
/// that corpus is not ours to commit: tweeteval.golden.tsv).
/// </summary>
public sealed class PreprocessingGoldenTests
{
    private static readonly string?[] Titles =
    [
        null,
        "Blinatumomab with Chemotherapy in Infants with KMT2A-Rearranged Acute Lymphoblastic Leukemia",
        "Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes",
    ];

    private static readonly PostPreprocessor Full = new(new PreprocessingOptions { AspectRules = true });
    private static readonly PostPreprocessor Plain = new(new PreprocessingOptions { MarkNegation = false, StripTitle = false, NegationScope = 2 });
    private static readonly PostPreprocessor Raw = new(new PreprocessingOptions { Normalize = false, Lexicon = false });

    [Fact]
    public void Prepare_DomainCorpusAndHostileTexts_SameOutputsAsGolden()
    {
        List<string> texts = [.. File.ReadAllLines(GoldenFile.RepositoryFile("corpus", "posts", "domain-all.tsv")).Select(l => l.Split('\t')[3])];
        List<(string, string)> outputs = [.. texts.Select((t, i) => ($"domain-all.tsv:{i + 1}", Describe(t, Titles[i % Titles.Length])))];
        IReadOnlyList<string> hostile = GoldenFile.AdversarialTexts();
        for (int i = 0; i < hostile.Count; i++)
        {
            outputs.Add(($"adversarial-texts.txt:{i + 1}", Describe(hostile[i], Titles[1])));
            // Hostile text around a repeated title and an over-long post made of real posts.
            outputs.Add(($"adversarial-texts.txt:{i + 1}:in-title", Describe($"{hostile[i]} {Titles[1]}: {hostile[i]} \"{Titles[2]}\"", Titles[(i % 2) + 1])));
            outputs.Add(($"adversarial-texts.txt:{i + 1}:long", Describe(string.Join(hostile[i], texts.Skip(i * 13).Take(40)), Titles[i % Titles.Length])));
        }

        GoldenFile.AssertMatches(GoldenPath("posts.golden.tsv"), outputs);
    }

    [Fact]
    public void Prepare_TweetEvalValidation_SameOutputHashesAsGolden()
    {
        string path = Path.Combine(GoldenFile.RepositoryFile(), "..", "shared", "data", "tweeteval-sentiment", "val.tsv");
        // The shared corpus sits beside the repository on the team machine; elsewhere only the committed inputs are checked.
        if (!File.Exists(path))
            return;
        string[] lines = File.ReadAllLines(path);
        IEnumerable<(string, string)> outputs = lines.Take(2000).Select((l, i) =>
        {
            string text = l[(l.IndexOf('\t') + 1)..];
            return ($"val.tsv:{i + 1}", Hash(Describe(text, Titles[i % Titles.Length])));
        });

        GoldenFile.AssertMatches(GoldenPath("tweeteval.golden.tsv"), outputs);
    }

    private static string Describe(string text, string? title)
    {
        string aspects = string.Join(",", ClinicalAspectVocabulary.Match(text));
        return $"{Describe(Full, text, title, rules: true)} ¦ {aspects} ¦ {Describe(Plain, text, title, rules: false)} ¦ {Describe(Raw, text, title, rules: true)}";
    }

    // A failure is an output too: the golden file records it so a rewrite neither adds nor silently removes one.
    private static string Describe(PostPreprocessor preprocessor, string text, string? title, bool rules)
    {
        try
        {
            PreparedPost post = preprocessor.Prepare(text, title);
            string prepared = preprocessor.Options.Normalize ? post.Text : (post.Text == text).ToString();
            return $"{prepared} ¦ {Floats(post.Lexicon)}" + (rules ? $" ¦ {Floats(post.Rules)}" : "");
        }
        catch (Exception e)
        {
            return $"throws {e.GetType().Name}";
        }
    }

    private static string Floats(float[] values) => string.Join(" ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static string Hash(string output) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(GoldenFile.Escape(output))))[..16];

    private static string GoldenPath(string name) =>
        GoldenFile.RepositoryFile("tests", "SentimentMonitor.ML.Tests", "Text", "Golden", name);
}
