using System.Text.RegularExpressions;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Career stage from stated words only (folded text). Order of precedence: retired, student, resident, fellow,
/// attending; "research fellow" and "Fellow of the Royal College" are not trainees.
/// </summary>
public static partial class CareerStageRules
{
    public static (CareerStage Stage, string Words) Find(string folded, string original)
    {
        if (RetiredTrigger.Match(folded) is { Success: true } r)
            return (CareerStage.Retired, r.Value.Trim());
        if (StudentTrigger.Match(folded) is { Success: true } s)
            return (CareerStage.Student, s.Value.Trim());
        if (ResidentTrigger.Match(folded) is { Success: true } res)
            return (CareerStage.Resident, res.Value.Trim());
        if (MirResident().Match(original) is { Success: true } mir)
            return (CareerStage.Resident, mir.Value.Trim());
        if (FellowTrigger.Match(folded) is { Success: true } f)
            return (CareerStage.Fellow, f.Value.Trim());
        if (AttendingTrigger.Match(folded) is { Success: true } a)
            return (CareerStage.Attending, a.Value.Trim());
        return (CareerStage.Unknown, "");
    }

    // Pre-screens (see PatternTrigger): each list covers every alternative of its pattern.
    private static readonly PatternTrigger RetiredTrigger = new(Retired(),
        "retired", "ret.", "jubilad", "retraite", "im ruhestand", "in pensione", "aposentad", "former ");

    private static readonly PatternTrigger StudentTrigger = new(Student(),
        "ms", "m1", "m2", "m3", "m4", "med", "candidate", "student", "estudiante", "etudiant", "studente", "estudante", "future do");

    private static readonly PatternTrigger ResidentTrigger = new(Resident(),
        "pgy", "residen", "registrar", "junior doctor", "fy", "intern", "assistenzarzt", "specializzand");

    private static readonly PatternTrigger FellowTrigger = new(Fellow(), "fellow");

    private static readonly PatternTrigger AttendingTrigger = new(Attending(),
        "attending", "consultant", "prof", "staff physician", "division chief", "chief of", "program director", "board", "arzt",
        "adjunt", "praticien hospitalier", "head of");

    [GeneratedRegex(@"\b(?:semi-)?retired\b|\bret\.|\bjubilad[oa]\b|\bretraite(?:e)?\b|\bim ruhestand\b|\bin pensione\b|\baposentad[oa]\b|\bformer (?:physician|doctor|nurse|pharmacist|clinician|surgeon)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Retired();

    [GeneratedRegex(@"\bms[1-4]\b|\bm[1-4]\b|\boms-?(?:i{1,3}|iv|[1-4])\b|\bmed(?:ical)? student\b|\bmed(?:ical)? school\b|\b(?:md|do|md/phd) candidate\b|\bmd[/-]phd student\b|\bestudiante de (?:medicina|enfermeria)\b|\betudiant(?:e)? en medecine\b|\bmedizinstudent(?:in)?\b|\bstudente(?:ssa)? di medicina\b|\bestudante de medicina\b|\bnursing student\b|\bstudent nurse\b|\bbsn student\b|\bpharmacy student\b|\bpharmd (?:candidate|student)\b|\bfuture do\b", RegexOptions.CultureInvariant)]
    private static partial Regex Student();

    [GeneratedRegex(@"\bpgy-?\d\b|\bresident\b(?! of)|\bresidency\b|\bregistrar\b|\bjunior doctor\b|\bfy[12]\b|\bintern year\b|\binterne\b|\bassistenzarzt\w*|\bspecializzand[oa]\b|\bresidente\b", RegexOptions.CultureInvariant)]
    private static partial Regex Resident();

    [GeneratedRegex(@"\bMIR\b", RegexOptions.CultureInvariant)]
    private static partial Regex MirResident();

    [GeneratedRegex(@"(?<!research )(?<!postdoctoral )\bfellow\b(?! of)|\bfellow-in-training\b", RegexOptions.CultureInvariant)]
    private static partial Regex Fellow();

    [GeneratedRegex(@"\battending\b|\bconsultant\b|\bprofessor\w*|\bprof\.|\bstaff physician\b|\bdivision chief\b|\bchief of\b|\bprogram director\b|\bboard[- ]certified\b|\boberarzt\w*|\bchefarzt\w*|\bfacharzt\w*|\bmedic[oa] adjunt[oa]\b|\bpraticien hospitalier\b|\bprofessore(?:ssa)?\b|\bprofessora\b|\bhead of\b", RegexOptions.CultureInvariant)]
    private static partial Regex Attending();
}
