using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Storage.Tests;

/// <summary>The fold the word index is built from: it must not depend on ICU or the culture (the signatures are stored).</summary>
public sealed class TextSearchFoldTests
{
    [Theory]
    [InlineData("Łódź Ärzte Résumé NAÏVE", "lodz arzte resume naive")]
    [InlineData("Cafe\u0301 Ø", "cafe o")]
    [InlineData("ASCII-Only 10.1056/NEJMoa", "ascii-only 10.1056/nejmoa")]
    [InlineData("Straße ΑΒΓ", "straße αβγ")]
    public void Fold_MixedScripts_LowerCaseWithoutMarks(string text, string expected) => Assert.Equal(expected, TextSearch.Fold(text));

    [Theory]
    [InlineData("resume", true)]
    [InlineData("@drzoe", true)]
    [InlineData("ZOË quokka", true)]
    [InlineData("quokka résumé", true)]
    [InlineData("resume absent", false)]
    [InlineData("here-my", false)]
    public void Matches_WordsInTextHandleOrName_IgnoringCaseAndDiacritics(string query, bool expected) =>
        Assert.Equal(expected, TextSearch.Matches(TextSearch.Words(query), "My RÉSUMÉ here", "DrZoe", "Zoë Quokka"));
}
