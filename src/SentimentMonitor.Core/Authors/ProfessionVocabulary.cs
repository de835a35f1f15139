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
        Match nurse = NurseTrigger.Match(text);
        Match pharmacist = Pharmacist().Match(text);
        Match physician = FirstPhysicianWord(text);
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

    // Pre-screens (see PatternTrigger): each list covers every alternative of its pattern.
    private static readonly PatternTrigger NurseTrigger = new(Nurse(),
        "nurs", "bsn student", "enfermer", "enfermei", "infirmier", "infermier", "krankenschwester", "krankenpfleger", "pflegefach");

    // Declared before the triggers that use it: static fields initialise in textual order.
    private static readonly Regex PhysicianLate = new(@"\bmedecin\b|\b(?:fach|ober|chef|haus|kinder|not|assistenz)?arzt(?:in)?\b|\bdr\.? ?med\b|\bdott(?:\.|ssa)?\b|\bgp\b|\bjunior doctor\b|\bregistrar\b|\bpgy-?\d\b|\bresident physician\b|\bmed(?:ical)? student\b|\bmedical school\b|\bmd(?:/phd)? candidate\b|\bmd/phd student\b|\bdo candidate\b|\boms-?(?:i{1,3}|iv|[1-4])\b|\bms[1-4]\b|\bm[1-4]\b|\bmedizinstudent(?:in)?\b|\bestudiante de medicina\b|\betudiant(?:e)? en medecine\b|\bstudente(?:ssa)? di medicina\b|\bestudante de medicina\b|\binterne des hopitaux\b|\bspecializzand[oa]\b|\bmir de\b|\bpraticien hospitalier\b|\b(?:onc|onk|ha?emat|hamat|emat|cardi|kardi|neur|endocrin|endokrin|diabet|gastroenter|gastro-enter|hepat|nefr|nephr|neum|pneum|pulmon|infect|infekt|infettiv|infecti|dermat|radi|rheumat|reumat|ur|ophthalm|oftalm|neonat|epilept|anesthesi|gyn(?:a)?ec)olog(?:ist|o|a|ue|e|in|ista)\b|(?:path|\bpat)olog(?:ist|o|a|ue|e|in|ista)\b|\bonconephrologist\b|\bpa?ediatrician\b|\bpediatra\b|\bpediatre\b|\binternist\b|hospitalist\b|\bintensivist\b|\bpsychiatrist\b|\bpsiquiatra\b|\bpsychiatre\b|\banaesthetist\b|\banestesista\b|\bob/?gyn\b|\bobstetrician\b|\ballergist\b|\bendoscopist\b|\boncopediatra\b|\bkinderonkolog\w*|\bkinderhamatolog\w*|\boncoematolog\w*|\bhemato-oncologue\b|\bradiotherapeute\b|\bstrahlentherapeut(?:in)?\b|\bradioterapista\b|\burgentiste\b|\bemergencista\b|\bnotfallmediziner(?:in)?\b|\ballgemeinmediziner(?:in)?\b|\bgeneraliste\b|\bcirujan[oa]\b|\bchirurg(?:ien|ienne|in|o)?\b|\bcirurgia[oa]\b|\bpicu attending\b|\bdo candidate\b|\bfellow physician\b|\bclinical fellow\b|\bfellow-in-training\b|\bchief resident\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly PatternTrigger PhysicianEarlyTrigger = new(PhysicianEarly(), "physician", "doc", "clinician", "surgeon");

    private static readonly PatternTrigger PhysicianMedicoTrigger = new(PhysicianMedico(), "medic");

    private static readonly PatternTrigger PhysicianLateTrigger = new(PhysicianLate,
        "physician", "doc", "clinician", "surgeon", "med", "arzt", "dr", "dott", "gp", "registrar", "pgy", "md", "do candidate",
        "oms", "ms", "m1", "m2", "m3", "m4", "interne", "specializzand", "mir de", "praticien hospitalier", "olog", "ediatrician",
        "pediatr", "internist", "hospitalist", "intensivist", "psychiatr", "psiquiatra", "anaesthetist", "anestesista", "gyn",
        "obstetrician", "allergist", "endoscopist", "radiotherapeute", "strahlentherapeut", "radioterapista", "urgentiste",
        "emergencista", "generaliste", "cirujan", "chirurg", "cirurgia", "picu", "clinical fellow", "fellow-in-training",
        "chief resident");

    /// <summary>
    /// What one regex of the three parts joined by "|" would match: the leftmost start wins, and at the same start the
    /// earlier part (alternatives are tried in order, and nothing follows the alternation).
    /// </summary>
    private static Match FirstPhysicianWord(string text)
    {
        Match best = PhysicianEarlyTrigger.Match(text);
        foreach (PatternTrigger part in new[] { PhysicianMedicoTrigger, PhysicianLateTrigger })
        {
            Match m = part.Match(text);
            if (m.Success && (!best.Success || m.Index < best.Index))
                best = m;
        }
        return best;
    }

    [GeneratedRegex(@"\bphysician assistant\b|\bpa-c\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhysicianAssistant();

    [GeneratedRegex(@"\bnurse\b(?!ry| scientist| researcher)|\bnurse practitioner\b|\bnursing student\b|\bstudent nurse\b|\bbsn student\b|\bestudiante de enfermeria\b|\benfermer[oa]s?\b|\binfirmier(?:e|es|s)?\b|\binfermier[ea]\b|\bkrankenschwester\b|\bkrankenpfleger\w*|\bpflegefach\w*|\benfermeira\b", RegexOptions.CultureInvariant)]
    private static partial Regex Nurse();

    [GeneratedRegex(@"\bpharmacist\b|\bpharmacy student\b|\bpharmd (?:candidate|student)\b|\bfarmaceutic[oa]\b|\bpharmacien(?:ne)?\b|\bapotheker(?:in)?\b|\bfarmacista\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pharmacist();

    // The physician words in three parts with the alternation order kept: the words before "medico" and "medico"
    // itself (a lookahead) stay with the backtracking engine; the long rest has no lookaround and runs on the
    // linear-time engine, several times faster here. Same matches: see FirstPhysicianWord.
    [GeneratedRegex(@"\bphysician(?:-scientist)?\b|\bdoctor\b|\bdoc\b|\bclinician\b|surgeon\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhysicianEarly();

    [GeneratedRegex(@"\bmedic[oa]\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex PhysicianMedico();


    [GeneratedRegex(@"\bnurse (?:scientist|researcher)\b|\bnursing research\b", RegexOptions.CultureInvariant)]
    private static partial Regex NurseScientist();

    [GeneratedRegex(@"\bstill (?:working|practi[sc]ing|see)|\bshifts?\b|\bbedside\b|\bon the \w+ unit\b", RegexOptions.CultureInvariant)]
    private static partial Regex StillPractising();
}
