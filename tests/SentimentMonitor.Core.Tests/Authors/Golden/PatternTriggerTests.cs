using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SentimentMonitor.Core.Authors;
using SentimentMonitor.Tests.Golden;

namespace SentimentMonitor.Core.Tests.Authors.Golden;

/// <summary>
/// The pre-screened author patterns find exactly what their plain regexes find, on 20,000 random profiles made of
/// corpus words (seeded): every PatternTrigger, the physician words split over two engines, and the relative-phrase
/// blanking that only tries positions where a relation word starts.
/// </summary>
public sealed class PatternTriggerTests
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    private static readonly string[] Texts = RandomProfiles(20_000);

    [Fact]
    public void EveryPatternTrigger_RandomProfiles_SameMatchAsItsPattern()
    {
        List<string> differences = [];
        int triggers = 0;
        foreach (Type type in new[] { typeof(RoleCues), typeof(ProfessionVocabulary), typeof(CareerStageRules), typeof(ProfileTraps) })
        {
            foreach (FieldInfo field in type.GetFields(Private).Where(f => f.FieldType == typeof(PatternTrigger)))
            {
                PatternTrigger trigger = (PatternTrigger)field.GetValue(null)!;
                triggers++;
                foreach (string text in Texts)
                {
                    Match plain = trigger.Pattern.Match(text), screened = trigger.Match(text);
                    if (plain.Success != screened.Success || plain.Index != screened.Index || plain.Length != screened.Length)
                        differences.Add($"{type.Name}.{field.Name}: '{text}'");
                }
            }
        }

        Assert.True(triggers >= 20, $"only {triggers} triggers found");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Fact]
    public void PhysicianParts_RandomProfiles_SameMatchAsOneJoinedPattern()
    {
        string joined = string.Join("|",
            Invoke<Regex>(typeof(ProfessionVocabulary), "PhysicianEarly"),
            Invoke<Regex>(typeof(ProfessionVocabulary), "PhysicianMedico"),
            (Regex)typeof(ProfessionVocabulary).GetField("PhysicianLate", Private)!.GetValue(null)!);
        Regex whole = new(joined, RegexOptions.CultureInvariant);
        MethodInfo first = typeof(ProfessionVocabulary).GetMethod("FirstPhysicianWord", Private)!;
        int matches = 0;

        foreach (string text in Texts)
        {
            Match expected = whole.Match(text), actual = (Match)first.Invoke(null, [text])!;
            matches += expected.Success ? 1 : 0;
            Assert.True(expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length,
                $"'{text}': expected '{expected.Value}' at {expected.Index}, got '{actual.Value}' at {actual.Index}");
        }
        Assert.True(matches > 1000, $"only {matches} physician matches: the random profiles no longer exercise the pattern");
    }

    [Fact]
    public void RelativeBlanking_RandomProfiles_SameTextAndEvidenceAsReplace()
    {
        Regex relative = Invoke<Regex>(typeof(ProfileTraps), "Relative"), anchored = Invoke<Regex>(typeof(ProfileTraps), "RelativeAt");
        object starts = typeof(ProfileTraps).GetField("RelationStarts", Private)!.GetValue(null)!;
        MethodInfo blank = typeof(ProfileTraps).GetMethod("BlankAtStarts", Private)!;
        string[] texts = [.. Texts, .. Texts.Take(2000).Select(t => "proud mom of a peds nurse and wife of an oncologist, " + t)];

        foreach (string text in texts)
        {
            List<string> expectedEvidence = [], actualEvidence = [];
            string expected = relative.Replace(text, m =>
            {
                expectedEvidence.Add($"x: '{m.Value.Trim()}'");
                return new string(' ', m.Length);
            });
            string actual = (string)blank.Invoke(null, [text, anchored, starts, "x", actualEvidence])!;

            Assert.Equal(expected, actual);
            Assert.Equal(expectedEvidence, actualEvidence);
        }
    }

    private static T Invoke<T>(Type type, string method) => (T)type.GetMethod(method, Private)!.Invoke(null, null)!;

    private static string[] RandomProfiles(int count)
    {
        string[] words = File.ReadLines(GoldenFile.RepositoryFile("corpus", "bios", "bios-all.tsv"))
            .SelectMany(line => line.Split('\t').Skip(3))
            .SelectMany(field => AuthorText.Fold(field).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        string[] separators = [" ", " ", " ", ", ", ". ", " | ", "-", "/", " & ", "'s ", " of ", " to ", "\u00a0", ""];
        Random random = new(20261126);
        string[] texts = new string[count];
        for (int i = 0; i < count; i++)
        {
            StringBuilder sb = new();
            for (int n = random.Next(1, 30); n > 0; n--)
                sb.Append(words[random.Next(words.Length)]).Append(separators[random.Next(separators.Length)]);
            texts[i] = sb.ToString();
        }
        return texts;
    }
}
