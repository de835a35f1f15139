using System.Buffers;
using System.Text.RegularExpressions;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Specialty words in six languages. The earliest mention wins, a longer phrase beats a shorter one at the same
/// place ("surgical oncologist" is surgery, "peds heme/onc" beats "heme/onc"), and case-sensitive abbreviations
/// (IM, EM, GP, ID, GI) are matched on the original text so German "im" and Portuguese "em" do not count.
/// </summary>
public static partial class SpecialtyVocabulary
{
    private sealed record Entry(Specialty Specialty, Regex Folded, Regex? Original);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Entry[] Entries =
    [
        new(Specialty.PediatricHematologyOncology, new(@"\bpa?ediatric (?:hematology|haematology|hem|heme|hemato)?\s*(?:[/&-]|and)?\s*(?:oncology|oncologist|onc)\b|\bpa?ediatric (?:hematologist|haematologist)\s*(?:[/&-]|and)?\s*-?\s*oncologist\b|\bpeds?[\s-]*(?:heme?|hem)?[\s/-]*onc\w*|\bpa?ediatric neuro-?oncolog\w*|\bpa?ediatric hem(?:e)?[/-]onc\w*|\b(?:childhood|kids\'?|children\'?s?|pa?ediatric) (?:leuka?emia|cancer|oncology) (?:doctor|doc|physician|specialist|oncologist)\b|\bpediatre onco-?hematolog\w*|\bonco-?hematolog\w* pediatri\w*|\bpa?ediatric (?:cancer|leuka?emia) doc\w*|\boncopediatr\w*|\boncolog[oa] pediatric[oa]\b|\boncologue pediatre\b|\boncolog[oa] pediatra\b|\bhemato-oncologue pediatrique\b|\bkinderonkolog\w*|\bkinderhamatolog\w*|\boncoematolog[oa] pediatric[oa]\b|\boncologista pediatric[oa]\b|\boncologia pediatrica\b|\boncologie pediatrique\b|\boncologia infantil\b|\bpa?ediatric hematology/oncology\b|\bpa?ediatric ha?ematolog(?:ist|y)\b", Options), null),
        new(Specialty.RadiationOncology, new(@"\bradiation oncolog\w*|\brad[\s-]?onc\b|\bradiotherap\w*|\bradio-?oncolog\w*|\boncolog[oa] radioterapic[oa]\b|\bradiotherapeute\b|\bstrahlentherap\w*|\bradioterapista\b", Options), null),
        new(Specialty.Surgery, new(@"surgeon\b|surgery\b|\bsurgical\b|chirurg\w*|\bcirujan[oa]\b|\bcirurgia[oa]\b|\burolog\w*|\bortho\b|\borthopa?edic\w*", Options), null),
        new(Specialty.Cardiology, new(@"\bcardio-?oncolog\w*|\bcardiolog\w*|\bkardiolog\w*|\bcards\b|\belectrophysiolog\w*|\bep cardiologist\b|\bheart doc\w*", Options), new(@"\bEP\b", Options)),
        new(Specialty.MedicalOncology, new(@"\bmedical oncolog\w*|\bha?ematologist[\s-]*(?:[/&]|and)?[\s-]*oncologist\b|\bhem(?:e|atology)?\s*[/&-]\s*onc\w*|\bheme onc\b|\b(?:gi|breast|thoracic|lung|gu|gyn|melanoma|sarcoma) (?:medical )?oncolog\w*|\b(?:gi|breast|thoracic|lung|gu|gyn|melanoma|sarcoma|med) onc\b|\boncolog(?:ist|y)\b|\boncolog[oa](?: medic[oa]| clinic[oa])?\b|\boncologue(?: medical)?\b|\bonkolog(?:e|in)\b|\boncologista(?: clinic[oa])?\b|\bcancer doc(?:tor)?\b", Options), null),
        new(Specialty.Hematology, new(@"\bha?ematolog(?:ist|y)\b|\bbenign ha?ematology\b|\bleuka?emia (?:physician|doc|specialist)\b|\bmyeloma doc\w*|\blymphoma (?:specialist|physician|doc)\b|\bbmt physician\b|\bthrombosis (?:&|and) ha?emostasis\b|\bhematolog[oa]\b|\bhematologue\b|\bhamatolog(?:e|in)\b|\bematolog[oa]\b|\bhematologista\b|\bheme\b|\bbmt\b", Options), null),
        new(Specialty.Neurology, new(@"\bneurolog\w*|\bepileptolog\w*|\bneurohospitalist\b|\bmovement disorders\b|\bneuro\b(?!-?onc|surg|scien)", Options), null),
        new(Specialty.Endocrinology, new(@"\bendocrinolog\w*|\bendokrinolog\w*|\bdiabetolog\w*|\bendo\b(?!scop)|\bthyroid (?:doc|endocrinolog\w*)", Options), null),
        new(Specialty.InfectiousDisease, new(@"\binfectious diseases?\b|\binfectiolog\w*|\binfectolog\w*|\binfektiolog\w*|\binfettivolog\w*|\bhiv physician\b|\btransplant id\b", Options), new(@"\bID\b", Options)),
        new(Specialty.Pulmonology, new(@"\bpulmonolog\w*|\bpulm(?:onary)?\s*(?:/|&|and)\s*crit\w*(?: care)?|\bpccm\b|\brespiratory physician\b|\bchest physician\b|\bpneumolog\w*|\bneumolog\w*|\binterventional pulm\w*|\blung doc\w*|\bpulmonary\b", Options), null),
        new(Specialty.Gastroenterology, new(@"\bgastroenterolog\w*|\bgastro-enterolog\w*|\bhepatolog\w*|\bendoscopist\b|\bgi doc\b|\bgastro\b", Options), new(@"\bGI\b", Options)),
        new(Specialty.Nephrology, new(@"\bnephrolog\w*|\bnefrolog\w*|\bonconephrolog\w*|\bkidney doc\w*|\bdialysis physician\b|\bneph\b", Options), null),
        new(Specialty.Pediatrics, new(@"\bpa?ediatrician\b|\bgeneral pa?ediatrics\b|\bpa?ediatrics\b|\bpeds\b|\bneonatolog\w*|\bpicu\b|\bnicu attending\b|\bpa?ediatric hospitalist\b|\bpa?ediatric resident\b|\bpa?ediatrics? residency\b|\bpediatra\b|\bpediatre\b|\bkinderarzt\w*", Options), null),
        new(Specialty.EmergencyMedicine, new(@"\bemergency (?:physician|medicine|doc\w*|department)\b|\ber doc\w*|\bed consultant\b|\bed physician\b|\burgentiste\b|\bemergencista\b|\bmedic[oa] de urgencias\b|\burgencias\b|\bpronto soccorso\b|\bnotfallmedizin\w*|\bnotarzt\w*|\bpa?ediatric emergency\b", Options), new(@"\bEM\b", Options)),
        new(Specialty.InternalFamilyMedicine, new(@"\bfamily (?:physician|doc\w*|medicine|practice)\b|\bgeneral practitioner\b|\binternist\b|\bhospitalist\b|\bprimary care\b|\bgeneral internal medicine\b|\binternal medicine\b|\bgeneral internist\b|\bmedic[oa] de familia\b|\bmedecin generaliste\b|\bgeneraliste\b|\bhausarzt\w*|\ballgemeinmedizin\w*|\bmedicina generale\b|\bmedicina familiar\b|\brural gp\b", Options), new(@"\b(?:IM|GP|FM)\b", Options)),
        new(Specialty.Other, new(@"\bdermatolog\w*|\bpsychiatr\w*|\bpsiquiatr\w*|\bradiolog\w*|patholog\w*|\bpatolog\w*|\banesthesi\w*|\banaesthe\w*|\banestesi\w*|\bob/?gyn\b|\bobstetric\w*|\bgyn(?:a)?ecolog\w*|\bophthalmolog\w*|\brheumatolog\w*|\breumatolog\w*|\bpalliative\b|\ballergist\b|\bgeneticist\b|\bsports medicine\b", Options), null),
    ];

    // Pre-screens (see PatternTrigger): for each specialty, literals that every alternative of its folded pattern
    // contains, and (for the case-sensitive abbreviations) of its original-text pattern.
    private static readonly Dictionary<Specialty, (string[] Folded, string[]? Original)> TriggerWords = new()
    {
        [Specialty.PediatricHematologyOncology] = (["ped", "ediatric", "childhood", "kids", "children", "kinder", "infantil"], null),
        [Specialty.RadiationOncology] = (["rad", "strahlentherap"], null),
        [Specialty.Surgery] = (["surg", "chirurg", "cirujan", "cirurgia", "urolog", "ortho"], null),
        [Specialty.Cardiology] = (["cardi", "kardiolog", "cards", "electrophysiolog", "heart doc"], ["EP"]),
        [Specialty.MedicalOncology] = (["onc", "onkolog", "cancer doc"], null),
        [Specialty.Hematology] = (["ematolog", "leuk", "myeloma doc", "lymphoma ", "bmt", "thrombosis", "hamatolog", "heme"], null),
        [Specialty.Neurology] = (["neuro", "epileptolog", "movement disorders"], null),
        [Specialty.Endocrinology] = (["endo", "diabetolog", "thyroid "], null),
        [Specialty.InfectiousDisease] = (["infect", "infektiolog", "infettivolog", "hiv physician", "transplant id"], ["ID"]),
        [Specialty.Pulmonology] = (["pulm", "pccm", "respiratory physician", "chest physician", "neumolog", "lung doc"], null),
        [Specialty.Gastroenterology] = (["gastro", "hepatolog", "endoscopist", "gi doc"], ["GI"]),
        [Specialty.Nephrology] = (["neph", "nefrolog", "kidney doc", "dialysis physician"], null),
        [Specialty.Pediatrics] = (["ediatric", "peds", "neonatolog", "picu", "nicu attending", "pediatr", "kinderarzt"], null),
        [Specialty.EmergencyMedicine] = (["emergency", "er doc", "ed consultant", "ed physician", "urgentiste", "emergencista", "urgencias",
            "pronto soccorso", "notfallmedizin", "notarzt"], ["EM"]),
        [Specialty.InternalFamilyMedicine] = (["family ", "general practitioner", "internist", "hospitalist", "primary care", "internal medicine",
            "de familia", "generaliste", "hausarzt", "allgemeinmedizin", "medicina generale", "medicina familiar", "rural gp"], ["IM", "GP", "FM"]),
        [Specialty.Other] = (["dermatolog", "psychiatr", "psiquiatr", "radiolog", "patholog", "patolog", "anesthesi", "anaesthe", "anestesi",
            "gyn", "obstetric", "ophthalmolog", "eumatolog", "palliative", "allergist", "geneticist", "sports medicine"], null),
    };

    private static readonly (Specialty Specialty, PatternTrigger Folded, PatternTrigger? Original)[] Screened =
        [.. Entries.Select(e => (e.Specialty, new PatternTrigger(e.Folded, TriggerWords[e.Specialty].Folded),
            e.Original is null ? null : new PatternTrigger(e.Original, TriggerWords[e.Specialty].Original!)))];

    // All folded and all original-text triggers at once: most non-clinical profiles contain none, and one search
    // then answers for all sixteen patterns.
    private static readonly SearchValues<string> AnyFolded =
        SearchValues.Create(TriggerWords.Values.SelectMany(t => t.Folded).Distinct().ToArray(), StringComparison.Ordinal);

    private static readonly SearchValues<string> AnyOriginal =
        SearchValues.Create(TriggerWords.Values.SelectMany(t => t.Original ?? []).Distinct().ToArray(), StringComparison.Ordinal);

    /// <summary>The specialty mentioned first (longest at a tie), with the words that matched; null when none.</summary>
    public static (Specialty Specialty, string Words)? Find(string folded, string original)
    {
        if (folded.AsSpan().IndexOfAny(AnyFolded) < 0 && original.AsSpan().IndexOfAny(AnyOriginal) < 0)
            return null;
        (Specialty, string, int, int)? best = null;
        foreach ((Specialty specialty, PatternTrigger foldedPattern, PatternTrigger? originalPattern) in Screened)
        {
            Consider(specialty, foldedPattern.Match(folded));
            if (originalPattern is not null)
                Consider(specialty, originalPattern.Match(original));
        }
        return best is null ? null : (best.Value.Item1, best.Value.Item2);

        void Consider(Specialty specialty, Match m)
        {
            if (!m.Success)
                return;
            bool better = best is null || m.Index < best.Value.Item3 || (m.Index == best.Value.Item3 && m.Length > best.Value.Item4);
            if (better)
                best = (specialty, m.Value.Trim(), m.Index, m.Length);
        }
    }
}
