using System.Globalization;
using System.Text;

namespace SentimentMonitor.Core.Text;

/// <summary>
/// What the posts search box means by "contains": every space-separated word (a leading '@' dropped, so "@handle"
/// finds the author's posts) is a substring of the post text, the author handle or the display name, ignoring case and
/// diacritics ("resume" finds "Résumé"). Both sides are compared in their <see cref="Fold"/>ed form, which is also
/// what a store's word index is built from, so an index that narrows candidates never drops a real match.
/// </summary>
public static class TextSearch
{
    /// <summary>The search box's words, folded; empty when there are none.</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        List<string> words = [];
        foreach (string w in query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string folded = Fold(w.Length > 1 ? w.TrimStart('@') : w);
            if (folded.Length > 0)
                words.Add(folded);
        }
        return words;
    }

    /// <summary>True when every folded word is in the text, the handle or the display name.</summary>
    public static bool Matches(IReadOnlyList<string> foldedWords, string? text, string? handle, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(foldedWords);
        if (foldedWords.Count == 0)
            return true;
        string t = Fold(text), h = Fold(handle), n = Fold(displayName);
        foreach (string word in foldedWords)
        {
            if (!t.Contains(word, StringComparison.Ordinal) && !h.Contains(word, StringComparison.Ordinal) && !n.Contains(word, StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Lower case (invariant) without diacritics: "Ärzte" → "arzte", "Łódź" → "lodz". Latin letters with marks (U+00C0–
    /// U+017F) map through a fixed table and combining marks are dropped, rather than using Unicode normalisation, which
    /// depends on ICU (the build runs with invariant globalization): the word index stores folded grams, so the fold
    /// must be the same in every process. ß, æ, œ and letters of other scripts stay as they are, lower-cased.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (System.Text.Ascii.IsValid(text))
            return text.ToLowerInvariant();
        StringBuilder folded = new(text.Length);
        foreach (char c in text)
        {
            if (c is >= LatinFirst and < (char)(LatinFirst + 192))
            {
                folded.Append(char.ToLowerInvariant(LatinBase[c - LatinFirst]));
                continue;
            }
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    private const char LatinFirst = '\u00c0';

    /// <summary>The base letter of each character U+00C0–U+017F (its canonical decomposition without marks; ø, đ, ł, ħ, ı, ŧ by hand).</summary>
    private const string LatinBase =
        "AAAAAA\u00c6CEEEEIIII\u00d0NOOOOO\u00d7OUUUUY\u00de\u00dfaaaaaa\u00e6ceeeeiiii" +
        "\u00f0nooooo\u00f7ouuuuy\u00feyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" +
        "GgGgHhHhIiIiIiIiIi\u0132\u0133JjKk\u0138LlLlLl\u013f\u0140LlNnNnNn\u0149\u014a\u014bOoOo" +
        "Oo\u0152\u0153RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\u017f";
}
