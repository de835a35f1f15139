using System.Text.RegularExpressions;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.ML.Aspects;

/// <summary>
/// Curated clinical vocabulary per aspect: words and phrases clinicians use when a reaction is about efficacy,
/// safety, the study design, cost and access, conflicts of interest, practice change or equity. A post has an
/// aspect when any of its patterns matches (case-insensitive, on word boundaries).
/// </summary>
public static class ClinicalAspectVocabulary
{

    /// <summary>Aspects whose vocabulary occurs in <paramref name="text"/>, in declaration order.</summary>
    public static IReadOnlyList<Aspect> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Aspect> found = [];
        foreach ((Aspect aspect, Regex pattern) in Patterns)
        {
            if (pattern.IsMatch(text))
                found.Add(aspect);
        }
        return found;
    }

    /// <summary>Number of <see cref="Features"/>: one per aspect.</summary>
    public const int FeatureCount = 7;

    /// <summary>1 for each aspect (declaration order) whose vocabulary occurs, else 0: features for the ML heads.</summary>
    internal static float[] Features(string text)
    {
        float[] features = new float[FeatureCount];
        for (int i = 0; i < Patterns.Length; i++)
            features[i] = Patterns[i].Pattern.IsMatch(text) ? 1f : 0f;
        return features;
    }

    /// <summary>The phrase that triggered <paramref name="aspect"/>, or null (for evidence and tests).</summary>
    public static string? Evidence(string text, Aspect aspect)
    {
        Match m = Patterns.First(p => p.Aspect == aspect).Pattern.Match(text);
        return m.Success ? m.Value : null;
    }

    // NonBacktracking: linear-time matching (faster here) and, unlike the source-generated backtracking matchers, it
    // finds capitalised multi-word phrases such as "Historical controls" at the start of a sentence.
    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex EfficacyWords = new(
        @"\b(efficac\w*|effective(ness)?|ineffective|response rates?|ORR|complete (response|remission)s?|remissions?|MRD[- ]?neg\w*|" +
        @"survival|supervivencia|survie|sobrevida|[üu]berleben|respon(se|ses|ded|ding|ders?)|pCR|cCR|iDFS|\bOS\b|PFS|EFS|DFS|hazard ratio|\bHR\s?[=:]?\s?0?\.\d+|" +
        @"mortality|(clinical|meaningful|real|modest|marginal|no) benefit|benefits?\b|outcomes?|cur(e|es|ed|ative)|durable|relapse\w*|" +
        @"primary endpoint (was )?met|met (its|the) primary|missed (its|the) primary|superior(ity)?|non-?inferior\w*|works?\b|worked|didn'?t work|failed|reduc(ed|es|tion) in|" +
        @"lower(ed|s)? (the )?(risk|rate|a1c|ldl|bp|blood pressure)|improv(ed|es|ement)|effect sizes?|NNT|number needed to treat|absolute risk|" +
        @"recurrences?|recur(s|red)?|(komplett|complete )?remission\w*|reduc(ed|es|ing|tion)|prevent(s|ed|ing)?|protect(s|ed|ion)?|curves? (keep )?separat\w*|doubl(ed|es)|halved|(os|efs|pfs|dfs|survival|mortality) (gain|benefit|advantage)s?|gains?|delays? (events|progression)|events? rates?|MACE|no difference|neutral trial|negative trial|null result)", Flags);

    private static readonly Regex SafetyWords = new(
        @"\b(toxicit\w*|toxic|adverse (event|effect|reaction)s?|\bAEs?\b|\bSAEs?\b|side[- ]effects?|safety|safe(r|ly)?|unsafe|CRS|cytokine release|" +
        @"neurotox\w*|ICANS|hepatotox\w*|cardiotox\w*|nephrotox\w*|bleed(s|ing)?|hemorrhag\w*|grade (3|4|≥ ?3|>= ?3|iii|iv)|tolerab\w*|tolerated|discontinu\w*|" +
        @"harms?|harmful|black[- ]box|deaths? (on|in) (the )?(treatment|drug|study) arm|treatment[- ]related deaths?|fatal\w*|neutropeni\w*|infections?|" +
        @"hypoglycemi\w*|QT prolongation|myocarditis|pneumonitis|rash(es)?|nausea|fatigue|immune[- ]related|" +
        @"fevers?|pyrexia|pain|ILD|interstitial lung|pneumonitis|endocrinopath\w*|adrenal insufficiency|hypothyroid\w*|irAEs?|SOS|VOD|veno-?occlusive|late effects|quality of life|QoL|colostomy|infertility|fractures?|early menopause|hypotension|kind(er)?\b|gentle|well tolerated|burden)", Flags);

    private static readonly Regex StudyDesignWords = new(
        @"\b(small (n|sample|study|trial|numbers?|cohort)|tiny (n|sample|study|trial|cohort)|n\s?=\s?\d+|sample sizes?|single[- ]arm|single[- ](center|centre|institution|site)|" +
        @"historical (control|comparator|cohort)s?|no (control|comparator|placebo)( (arm|group))?|control (arm|group)|placebo|sham|randomi[sz]ed|randomi[sz]ation|\bRCTs?\b|" +
        @"open[- ]label|(double[- ]|single[- ]|un)?blind(ed|ing)?|follow[- ]?up|surrogate|endpoints?|end[- ]points?|underpowered|powered|statistic\w*|" +
        @"confound\w*|bias(ed)?|retrospective|observational|phase (1|2|3|i|ii|iii)\b|phase[- ]?(1|2|3)|p[- ]?values?|p\s?[<=>]\s?0?\.\d+|post[- ]hoc|subgroups?|" +
        @"cherry[- ]pick\w*|p[- ]hack\w*|cross[- ]?over|generali[sz]\w*|external validity|methodolog\w*|study design|trial design|interim analys[ie]s|" +
        @"stopped early|preprint|peer[- ]review\w*|meta[- ]analys[ie]s|confidence intervals?|\bCI\b|real[- ]world|replicat\w*|comparator|composite|" +
        @"denominator|intention[- ]to[- ]treat|ITT|per[- ]protocol|run[- ]in|pragmatic|cluster|design(ed)?|enrolled|excluded|eligib\w*|cohorts?|dosimetry|proxy|assays?|compar(e|es|ed|ing|ison)|counted as events?|supplement\w*|non-?randomi[sz]ed|registry|secondary (endpoint|analys[ie]s)|power|sample|arms?\b|overtreatment|underpowered)", Flags);

    private static readonly Regex CostAccessWords = new(
        @"\b(costs?|costly|pric(e|es|ed|ing)|expensive|afford\w*|unaffordable|insur(ance|ers?)|coverage|covered by|reimburs\w*|" +
        @"payers?|QALYs?|cost[- ]effective\w*|budget|ICER|co-?pays?|out[- ]of[- ]pocket|access to|accessib\w*|availab\w*|formular(y|ies)|prior auth\w*|" +
        @"NICE|shortages?|supply|" +
        @"cheap(er|est|-ish)?|generics?|Medicare|Medicaid|Part D|donut hole|patient assistance|unavailable|never get|most of the world|LMICs?|pennies|sustainable|staffing|money|flying to|travel(l?ing)?|distance to|access\b|billions?|afford|reimburse\w*|costing)|[$€£]\s?\d[\d,.]*\s?(k|m|bn|million|billion|per)?", Flags);

    private static readonly Regex ConflictOfInterestWords = new(
        @"(\b(conflicts? of interest|\bCOIs?\b|funded by|sponsor(ed|ship|s)?\b|industry[- ](funded|sponsored|money|ties|payments?)|pharma[- ](funded|sponsored|money|paid)|" +
        @"disclosures?|undisclosed|ghost[- ]?writ\w*|paid (consultant|advisor|speaker)s?|speakers?'? bureau|honorari(a|um)|financial (ties|interests?|conflicts?)|" +
        @"company[- ](run|funded|employees?)|employees? of|stock options|ties to (the )?(company|industry|manufacturer)|open payments|follow the money)|" +
        @"\b(consult(ing|ancy|ant)s?( fees)?|advisory (roles?|boards?)|drug (maker|supplied)|supplied by|(manufacturer|company|sponsor|charity|publicly|industry|UK|academically)[- ]?(funded|run|written|analy[sz]ed|sponsored)|fund(ed|ing|s)\b|medical writing|independen(t|ce|tly)|investigator[- ]initiated|disclos\w*|ran the trial|income depends|own the drug|stands to make|marketing|press release|spin))", Flags);

    private static readonly Regex PracticeChangeWords = new(
        @"\b(practice[- ]chang\w*|chang(e|es|ing) (my |our |clinical )?practice|standard of care|\bSOC\b|new standard|guidelines?|will (now |definitely )?(use|start|offer|prescribe)|" +
        @"(start|begin|stop)(ed)? (using|prescribing|offering)|adopt\w*|implement\w*|in (my |our )?clinic (tomorrow|monday|today|now)|bedside|prime time|" +
        @"not ready for|ready for (clinical|routine) (use|practice)|routine (use|practice)|switch(ing)? (my |our )?patients|first[- ]line|tumor board|label expansion|" +
        @"(my|our|the new) default|default (now|for)|should be offered|will (offer|discuss)|(every|all) patients? with|community practice|frontline|changed? (practice|everything|overnight|how)|changes? (how|what) (we|i) (treat|do)|mudou a prática|cambia la práctica|won'?t change|doesn'?t change (anything|practice)|" +
        @"overnight|NCCN|ESMO|ASCO guidelines?|non-?negotiable|(test|offer|screen) (\w+ )?(in |for )?every|first patient|on \w+ today|reign|ended|end of an era|replac(e|es|ed|ing)|changed \w+ (care|overnight|practice)|will (ask|add|use|switch|offer|start)|i'?m convinced|convinced now|ready for|approval|approved|label|(new|now the) (standard|default)|(i|we)'?ll (use|offer|start|switch)|radiate fewer|de-?escalat\w*|less is more|counsel)", Flags);

    private static readonly Regex EquityWords = new(
        @"\b(equit(y|able)|inequit\w*|disparit\w*|under-?represent\w*|representation|represented|divers(e|ity)|minorit(y|ies)|racial|race|ethnic\w*|" +
        @"black (patients|women|men|participants)|hispanic|latin[oax]|indigenous|asian (patients|participants)|low[- ]income|rural|global south|LMICs?|" +
        @"low[- ] and middle[- ]income|inclusi(on|ve)|enroll(ed|ment) (of )?(women|older|elderly|minorit)|excluded (women|older|elderly|children|pregnant)|" +
        @"women were|only (\d+%|a few) (women|black|female)|socioeconomic|underserved|marginali[sz]ed|who gets access|for (all|everyone)|" +
        @"black|women|female|sex[- ]specific|sex differences|gender|insured|uninsured|insurance status|english[- ]speaking|language|distance|many countries|global(ly)?|latin america|han chinese|families (can'?t|cannot)|who'?s missing|representative|enrol(l)?ment|older adults|elderly|children|access|poverty|income)", Flags);

    // Declared after the patterns: static fields initialise in textual order.
    private static readonly (Aspect Aspect, Regex Pattern)[] Patterns =
    [
        (Aspect.Efficacy, EfficacyWords),
        (Aspect.Safety, SafetyWords),
        (Aspect.StudyDesign, StudyDesignWords),
        (Aspect.CostAccess, CostAccessWords),
        (Aspect.ConflictOfInterest, ConflictOfInterestWords),
        (Aspect.PracticeChange, PracticeChangeWords),
        (Aspect.Equity, EquityWords),
    ];
}
