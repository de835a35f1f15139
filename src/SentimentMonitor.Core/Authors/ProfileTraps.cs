using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Removes phrases that mention a clinical word without describing the author ("nurse's wife", "proud mother of a
/// pediatric oncologist", "not a doctor", "Doctor Who fan", "Doctora en biología" = a PhD). Works on folded text;
/// each removal is recorded as evidence so a reader can see why "nurse" did not count.
/// </summary>
public static partial class ProfileTraps
{
    /// <summary>Folded text with the trap phrases blanked out; <paramref name="formerClinical"/> tells whether an
    /// "ex-/former" clinical phrase was removed (a retired clinician unless another occupation is stated).</summary>
    public static string Strip(string folded, List<string> evidence, out bool formerClinical)
    {
        formerClinical = false;
        string text = folded;
        // Cheap substring checks first: most bios contain none of the trap phrases, and the regexes are the
        // most expensive part of classifying an author.
        // Relative, possessive and former phrases all end in a clinical word, so without one none can match.
        bool clinical = ClinicalWords.MayMatch(text);
        if (clinical && (text.Contains(" of ", StringComparison.Ordinal) || text.Contains(" to ", StringComparison.Ordinal)) && RelationWords.MayMatch(text))
            text = BlankAtStarts(text, RelativeAt(), RelationStarts, "trap: relative", evidence);
        if (clinical && text.Contains("'s ", StringComparison.Ordinal))
            text = Blank(text, Possessive(), "trap: relative", evidence);
        if ((text.Contains("no", StringComparison.Ordinal) || text.Contains("kein", StringComparison.Ordinal) || text.Contains("je ne", StringComparison.Ordinal))
            && DenialWords.MayMatch(text))
            text = Blank(text, Denial(), "trap: denial", evidence);
        if (NotAPersonWords.MayMatch(text)
            && (text.Contains("doctor who", StringComparison.Ordinal) || text.Contains("pepper", StringComparison.Ordinal) || NotAPersonHint().IsMatch(text)))
            text = Blank(text, NotAPerson(), "trap: not a clinician", evidence);
        if (text.Contains("do", StringComparison.Ordinal) || text.Contains("dr", StringComparison.Ordinal))
            text = Blank(text, Doctorate(), "trap: doctorate (PhD), not a physician", evidence);
        string before = text;
        if (clinical && FormerHintWords.IsMatch(text))
            text = Blank(text, Former(), "former clinician", evidence);
        formerClinical = before != text;
        return text;
    }

    [GeneratedRegex(@"\b(?:every|our|all|the|thank|thanks|for|interview|interviewing|ask)\s", RegexOptions.CultureInvariant)]
    private static partial Regex NotAPersonHint();

    [GeneratedRegex(@"\bex|former|previously|retired from|ancien|ehemalig|antes", RegexOptions.CultureInvariant)]
    private static partial Regex FormerHint();

    // Literals of which every word of Clinical (below) contains one; blanking only removes text, so a phrase the
    // first checks did not find cannot appear later.
    private static readonly PatternTrigger ClinicalWords = new(Relative(),
        "nurse", "doc", "physician", "surgeon", "pharmacist", "clinician", "ologist", "ediatrician", "gp", "md", "rn", "np", "medic",
        "medecin", "arzt", "infirmier", "enfermer", "infermier", "krankenschwester", "pflegefach");

    // Every relation word of RelativePattern, whole: a Relative match at position p has one of them starting at p.
    private static readonly SearchValues<string> RelationStarts = SearchValues.Create(
        ["wife", "husband", "spouse", "partner", "girlfriend", "boyfriend", "mom", "mum", "mother", "mama", "dad", "father", "papa",
         "parent", "daughter", "son", "kid", "child", "brother", "sister", "sibling", "grandma", "grandmother", "grandpa",
         "grandfather", "granddaughter", "grandson", "aunt", "uncle", "niece", "nephew", "friend", "married"], StringComparison.Ordinal);

    private static readonly PatternTrigger FormerHintWords = new(FormerHint(), "ex", "former", "previously", "retired from", "ancien", "ehemalig", "antes");

    /// <summary>
    /// Same result as <see cref="Blank"/> with the unanchored pattern when every match starts with one of
    /// <paramref name="starts"/>: the anchored pattern is tried at each such position, left to right, and the search
    /// resumes after a match, as Regex.Replace does. Much cheaper than trying the pattern at every character.
    /// </summary>
    private static string BlankAtStarts(string text, Regex anchored, SearchValues<string> starts, string label, List<string> evidence)
    {
        StringBuilder? blanked = null;
        int copied = 0, from = 0;
        while (from < text.Length)
        {
            int offset = text.AsSpan(from).IndexOfAny(starts);
            if (offset < 0)
                break;
            int start = from + offset;
            Match m = anchored.Match(text, start);
            if (!m.Success)
            {
                from = start + 1;
                continue;
            }
            evidence.Add($"{label}: '{m.Value.Trim()}'");
            blanked ??= new StringBuilder(text.Length);
            blanked.Append(text, copied, start - copied).Append(' ', m.Length);
            copied = start + m.Length;
            from = Math.Max(copied, start + 1);
        }
        return blanked is null ? text : blanked.Append(text, copied, text.Length - copied).ToString();
    }

    // Every Relative match starts with one of these relation words.
    private static readonly PatternTrigger RelationWords = new(Relative(),
        "wife", "husband", "spouse", "partner", "girlfriend", "boyfriend", "mom", "mum", "mother", "mama", "dad", "father", "papa",
        "parent", "daughter", "son", "kid", "child", "brother", "sister", "sibling", "grandma", "grandpa", "granddaughter",
        "grandson", "aunt", "uncle", "niece", "nephew", "friend", "married");

    // Every Denial match contains one of these (the first guard above is the older, looser one; both must pass).
    private static readonly PatternTrigger DenialWords = new(Denial(), "not ", "no soy", "non sono", "je ne suis pas", "kein", "nao sou");

    // Every NotAPerson match ends in one of these words or is "doctor who" / "dr pepper".
    private static readonly PatternTrigger NotAPersonWords = new(NotAPerson(), "nurse", "doctor", "physician", "surgeon", "pharmacist", "pepper");

    private static string Blank(string text, Regex pattern, string label, List<string> evidence)
    {
        // Replace returns the same string when nothing matches: one scan instead of IsMatch and then Replace.
        return pattern.Replace(text, m =>
        {
            evidence.Add($"{label}: '{m.Value.Trim()}'");
            return new string(' ', m.Length);
        });
    }

    private const string Clinical = @"(?:nurse|doctor|doc|physician|surgeon|pharmacist|clinician|\w*ologist|pediatrician|paediatrician|gp|md|rn|np|medic[oa]|medecin|arzt|arztin|infirmier\w*|enfermer[oa]|infermier[ea]|krankenschwester|pflegefach\w*)";

    // Every match starts with one of the relation words (see RelationStarts).
    private const string RelativePattern = @"\b(?:wife|husband|spouse|partner|girlfriend|boyfriend|mom|mum|mother|mama|dad|father|papa|parent|daughter|son|kid|child|brother|sister|sibling|grandma|grandmother|grandpa|grandfather|granddaughter|grandson|aunt|uncle|niece|nephew|friend|married)\s+(?:of|to)\s+(?:(?:an?|my|the|two|three|\d+)\s+)?(?:(?!and\b)[\w/'-]+\s+){0,2}?" + Clinical + @"s?\b(?:\s*(?:and|&|,)\s*(?:an?\s+)?(?:(?!and\b)[\w/'-]+\s+){0,2}?" + Clinical + @"s?\b)*";

    [GeneratedRegex(RelativePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    // The same pattern anchored where the search starts (\G), tried only where a relation word begins.
    [GeneratedRegex(@"\G(?:" + RelativePattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAt();

    [GeneratedRegex(@"\b" + Clinical + @"'s\s+(?:wife|husband|spouse|partner|mom|mum|mother|dad|father|kid|kids|daughter|son|family)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:i'?m|i am|am|just|obviously|definitely)?\s*not (?:a|an|your|that kind of) (?:\w+\s+){0,1}(?:doctor|physician|nurse|md|medical professional|clinician)\b|\bno soy medic[oa]\b|\bnon sono (?:un|una) medic[oa]\b|\bje ne suis pas medecin\b|\bkein(?:e)? (?:arzt|arztin)\b|\bnao sou medic[oa]\b|\bnot (?:from )?med(?:ical)? school\b", RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\bdoctor who\b|\bdr\.? ?pepper\b|\b(?:every|our|all|the|thank|thanks to|for|interview|interviewing|ask your)\s+(?:nurse|doctor|physician|surgeon|pharmacist)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();

    [GeneratedRegex(@"\bdr\.? in name only\b|\b(?:doctora?|doutora?)\s+(?:en|em|pela|pelo)\b(?! medicina)|\bdott(?:ore|oressa) (?:di ricerca|in)\b(?! medicina)|\bdoctor of philosophy\b", RegexOptions.CultureInvariant)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"\b(?:ex-?|former(?:ly)?\s+(?:an?\s+)?|previously\s+(?:an?\s+)?|retired from\s+|ancienne?\s+|ehemalige[rn]?\s+|antes\s+)(?:[\w/-]+\s+)?" + Clinical + @"s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Former();
}
