using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Words that say the author practises clinically (any language of the corpus), on folded text with traps removed.
/// Research "-ologists" (epidemiologist, immunologist, pharmacologist) are deliberately absent.
/// </summary>
public static partial class ProfessionVocabulary
{
    /// <summary>The first clinical profession word and its kind, or null.</summary>
    public static (string Word, ProfessionKind Kind)? Find(string text)
    {
        Match pa = PhysicianAssistant().Match(text);
        if (pa.Success)
            return (pa.Value.Trim(), ProfessionKind.PhysicianAssistant);
        Match nurse = Nurse().Match(text);
        Match pharmacist = Pharmacist().Match(text);
        Match physician = Physician().Match(text);
        // Earliest mention wins: "ICU nurse" vs "BMT physician" are separate bios; in "oncology nurse mom" only nurse matches.
        (string, ProfessionKind, int)? best = null;
        foreach ((Match m, ProfessionKind kind) in new[] { (nurse, ProfessionKind.Nurse), (pharmacist, ProfessionKind.Pharmacist), (physician, ProfessionKind.Physician) })
        {
            if (m.Success && (best is null || m.Index < best.Value.Item3))
                best = (m.Value.Trim(), kind, m.Index);
        }
        return best is null ? null : (best.Value.Item1, best.Value.Item2);
    }

    /// <summary>"nurse scientist", "nurse researcher": researchers unless the bio shows current practice.</summary>
    public static bool IsNurseScientist(string text) => NurseScientist().IsMatch(text) && !StillPractising().IsMatch(text);

    [GeneratedRegex(@"\bphysician assistant\b|\bpa-c\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhysicianAssistant();

    [GeneratedRegex(@"\bnurse\b(?!ry| scientist| researcher)|\bnurse practitioner\b|\bnursing student\b|\bstudent nurse\b|\bbsn student\b|\bestudiante de enfermeria\b|\benfermer[oa]s?\b|\binfirmier(?:e|es|s)?\b|\binfermier[ea]\b|\bkrankenschwester\b|\bkrankenpfleger\w*|\bpflegefach\w*|\benfermeira\b", RegexOptions.CultureInvariant)]
    private static partial Regex Nurse();

    [GeneratedRegex(@"\bpharmacist\b|\bpharmacy student\b|\bpharmd (?:candidate|student)\b|\bfarmaceutic[oa]\b|\bpharmacien(?:ne)?\b|\bapotheker(?:in)?\b|\bfarmacista\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pharmacist();

    [GeneratedRegex(@"\bphysician(?:-scientist)?\b|\bdoctor\b|\bdoc\b|\bclinician\b|surgeon\b|\bmedic[oa]\b(?!-)|\bmedecin\b|\b(?:fach|ober|chef|haus|kinder|not|assistenz)?arzt(?:in)?\b|\bdr\.? ?med\b|\bdott(?:\.|ssa)?\b|\bgp\b|\bjunior doctor\b|\bregistrar\b|\bpgy-?\d\b|\bresident physician\b|\bmed(?:ical)? student\b|\bmedical school\b|\bmd(?:/phd)? candidate\b|\bmd/phd student\b|\bdo candidate\b|\boms-?(?:i{1,3}|iv|[1-4])\b|\bms[1-4]\b|\bm[1-4]\b|\bmedizinstudent(?:in)?\b|\bestudiante de medicina\b|\betudiant(?:e)? en medecine\b|\bstudente(?:ssa)? di medicina\b|\bestudante de medicina\b|\binterne des hopitaux\b|\bspecializzand[oa]\b|\bmir de\b|\bpraticien hospitalier\b|\b(?:onc|onk|ha?emat|hamat|emat|cardi|kardi|neur|endocrin|endokrin|diabet|gastroenter|gastro-enter|hepat|nefr|nephr|neum|pneum|pulmon|infect|infekt|infettiv|infecti|dermat|radi|rheumat|reumat|ur|ophthalm|oftalm|neonat|epilept|anesthesi|gyn(?:a)?ec)olog(?:ist|o|a|ue|e|in|ista)\b|(?:path|\bpat)olog(?:ist|o|a|ue|e|in|ista)\b|\bonconephrologist\b|\bpa?ediatrician\b|\bpediatra\b|\bpediatre\b|\binternist\b|hospitalist\b|\bintensivist\b|\bpsychiatrist\b|\bpsiquiatra\b|\bpsychiatre\b|\banaesthetist\b|\banestesista\b|\bob/?gyn\b|\bobstetrician\b|\ballergist\b|\bendoscopist\b|\boncopediatra\b|\bkinderonkolog\w*|\bkinderhamatolog\w*|\boncoematolog\w*|\bhemato-oncologue\b|\bradiotherapeute\b|\bstrahlentherapeut(?:in)?\b|\bradioterapista\b|\burgentiste\b|\bemergencista\b|\bnotfallmediziner(?:in)?\b|\ballgemeinmediziner(?:in)?\b|\bgeneraliste\b|\bcirujan[oa]\b|\bchirurg(?:ien|ienne|in|o)?\b|\bcirurgia[oa]\b|\bpicu attending\b|\bdo candidate\b|\bfellow physician\b|\bclinical fellow\b|\bfellow-in-training\b|\bchief resident\b", RegexOptions.CultureInvariant)]
    private static partial Regex Physician();

    [GeneratedRegex(@"\bnurse (?:scientist|researcher)\b|\bnursing research\b", RegexOptions.CultureInvariant)]
    private static partial Regex NurseScientist();

    [GeneratedRegex(@"\bstill (?:working|practi[sc]ing|see)|\bshifts?\b|\bbedside\b|\bon the \w+ unit\b", RegexOptions.CultureInvariant)]
    private static partial Regex StillPractising();
}
