using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tests.Golden;

namespace SentimentMonitor.Core.Tests.Authors.Golden;

/// <summary>
/// The author rules give exactly the verdicts (role, specialty, stage, confidence and every evidence line) they gave
/// before they were made faster: over every bio of the corpus and the author table, each also with name and bio
/// swapped, and over hostile strings as bio, display name and handle. Also the stage rules the ML classifiers call
/// on raw bios. Golden files: authors.golden.tsv and stages.golden.tsv beside this file.
/// </summary>
public sealed class AuthorGoldenTests
{
    private static readonly RuleBasedAuthorClassifier Rules = new();

    [Fact]
    public void Analyze_EveryGoldenInput_SameVerdictAndEvidenceAsGolden()
    {
        IEnumerable<(string, string)> outputs = Profiles().Select(p => (p.Key, Describe(Rules.Analyze(p.Name, p.Handle, p.Bio, p.VerifiedType, p.IsBot))));

        GoldenFile.AssertMatches(GoldenPath("authors.golden.tsv"), outputs);
    }

    [Fact]
    public void CareerStageFind_EveryGoldenBio_SameStageAsGolden()
    {
        IEnumerable<(string, string)> outputs = Profiles().Where(p => p.Key.EndsWith(":as-is", StringComparison.Ordinal)).Select(p =>
        {
            (CareerStage stage, string words) = CareerStageRules.Find(AuthorText.Fold(p.Bio), p.Bio ?? "");
            return (p.Key, $"{stage}|{words}|{AuthorText.WithoutTagsAndLinks(AuthorText.Fold(p.Bio))}");
        });

        GoldenFile.AssertMatches(GoldenPath("stages.golden.tsv"), outputs);
    }

    private static string Describe(AuthorRuleVerdict v) =>
        $"{v.Role}|{v.Specialty}|{v.Stage}|{(v.RoleConfident ? "sure" : "weak")}|{(v.SpecialtyConfident ? "sure" : "weak")}|{string.Join(" ¦ ", v.Evidence)}";

    private static string GoldenPath(string name) =>
        GoldenFile.RepositoryFile("tests", "SentimentMonitor.Core.Tests", "Authors", "Golden", name);

    private sealed record Profile(string Key, string? Name, string? Handle, string? Bio, string? VerifiedType = null, bool IsBot = false);

    private static IEnumerable<Profile> Profiles()
    {
        foreach (string file in new[] { "bios-all.tsv", "handwritten.tsv" })
        {
            string[] lines = File.ReadAllLines(GoldenFile.RepositoryFile("corpus", "bios", file));
            for (int i = 0; i < lines.Length; i++)
            {
                string[] f = lines[i].Split('\t');
                yield return new Profile($"{file}:{i + 1}:as-is", f[3], f[4], f[5]);
                yield return new Profile($"{file}:{i + 1}:swapped", f[5], f[4], f[3]);
            }
        }
        string[] table = File.ReadAllLines(GoldenFile.RepositoryFile("tests", "SentimentMonitor.Core.Tests", "Authors", "author-table.tsv"));
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i].Length == 0 || table[i].StartsWith('#'))
                continue;
            string[] f = table[i].Split('\t');
            yield return new Profile($"author-table.tsv:{i + 1}:as-is", f[3], f[4], f[5]);
            yield return new Profile($"author-table.tsv:{i + 1}:swapped", f[5], f[4], f[3]);
        }
        IReadOnlyList<string> hostile = GoldenFile.AdversarialTexts();
        for (int i = 0; i < hostile.Count; i++)
        {
            string key = $"adversarial-texts.txt:{i + 1}";
            yield return new Profile($"{key}:as-is", "Jane Doe", "jane", hostile[i]);
            yield return new Profile($"{key}:name", hostile[i], "jane", "");
            yield return new Profile($"{key}:handle", null, hostile[i], null);
            yield return new Profile($"{key}:both", hostile[i], hostile[i], hostile[i] + " | " + hostile[(i * 7 + 3) % hostile.Count]);
            if (i % 10 == 0)
            {
                yield return new Profile($"{key}:business", "Jane Doe", "jane", hostile[i], VerifiedType: "Business");
                yield return new Profile($"{key}:blue", "Jane Doe", "jane", hostile[i], VerifiedType: "blue");
                yield return new Profile($"{key}:bot", "Jane Doe", "jane", hostile[i], IsBot: true);
            }
        }
    }
}
