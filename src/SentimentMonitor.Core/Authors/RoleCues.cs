using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>Non-clinical role cues on folded text: bots, organizations, communicators, researchers, patients and public.</summary>
public static partial class RoleCues
{
    public static Match Bot(string text) => BotTrigger.Match(text);

    public static bool BotHandle(string handle) => HandleBot().IsMatch(handle);

    public static Match OrganizationStrong(string text) => OrganizationTrigger.Match(text);

    public static Match OrganizationName(string displayName) => OrganizationNameTrigger.Match(displayName);

    public static Match Communicator(string text) => CommunicatorTrigger.Match(text);

    public static Match Researcher(string text) => ResearcherTrigger.Match(text);

    public static Match Public(string text) => PublicTrigger.Match(text);

    public static Match Personal(string text) => PersonalPattern().Match(text);

    /// <summary>Family and leisure words ("mom", "fan"): public only when nothing professional is stated.</summary>
    public static Match Private(string text) => PrivateTrigger.Match(text);

    // Pre-screens (see PatternTrigger): each list covers every alternative of the pattern below it.
    private static readonly PatternTrigger BotTrigger = new(BotPattern(), "bot", "🤖", "auto", "rss", "i post ");

    private static readonly PatternTrigger OrganizationTrigger = new(OrganizationPattern(),
        "official", "oficial", "officiel", "offizielle", "ufficiale", "posts by ", "peer-reviewed", "latest articles",
        "publishing research", "society", "sociedad cientifica", "company", "biopharmaceutical", "biotech ", "profit", "e.v.",
        "charity for", "advocacy ", "news", "updates", "we are a", "patient organi", "the journal of", "research group",
        "department", "division", "dept", "lab", "daily digest", "headlines", "cooperative group", "funding ", "report",
        "us audiences", "not for medical emergencies", "media inquiries", "care, research, education", "advancing care",
        "caring for kids", "innovative medicines");

    private static readonly PatternTrigger OrganizationNameTrigger = new(OrganizationNamePattern(),
        "hospital", "hopital", "klinik", "ospedale", "clinic", "clinique", "institut", "center", "centre", "soci", "gesellschaft", "associa",
        "asociacion", "academy", "foundation", "fund", "alliance", "network", "consortium", "journal", "revista", "annals",
        "reports", "letters", "news", "digest", "daily", "bot", "papers", "preprints", "lab", "research", "department",
        "division", "therapeutics", "pharma", "biotech", "inc", "ltd", "gmbh", "ag", "group", "council", "registry", "trials");

    private static readonly PatternTrigger CommunicatorTrigger = new(CommunicatorPattern(),
        "journalist", "reporter", "editor", "writer", "podcast", "host of", "communicat", "scicomm", "correspondent",
        "periodista", "giornalista", "jornalista", "youtuber", "content creator", "comms", "newsletter", "byline",
        "illustrator", "broadcast", "author of", "making ");

    private static readonly PatternTrigger ResearcherTrigger = new(ResearcherPattern(),
        "ph", "postdoc", "post-doc", "scientist", "research", "epidemiolog", "statistic", "biostat", "biologist", "immunologist",
        "bioinformatic", "econom", "methodologist", "trialist", "pharmacologist", "geneticist", "investiga", "chercheu",
        "wissenschaftler", "ricercat", "pesquisador", "doktorand", "doctorant", "rer", "pi of", "professor of", "lab",
        "doctoral", "biology", "implementation science", "doctor");

    private static readonly PatternTrigger PublicTrigger = new(PublicPattern(),
        "survivor", "patient", "caregiver", "carer", "advocate", "warrior", "thriver", "living with", "diagnosed",
        "transplant recipient", "heart mom", "retired ", "sobreviviente", "mama", "mamma", "mae", "papa", "paziente", "survivante",
        "aidante", "type 1 diabetic", "t1d", "fight", "journey");

    private static readonly PatternTrigger PrivateTrigger = new(PrivatePattern(), "mom", "dad", "mum", "grand", "fan", "wife", "husband", "kids");

    [GeneratedRegex(@"(?<!not an? )\bbot\b|🤖|\bautomated\b|\bautomatically\b|\brss\b|\bauto-?post\w*|\bi post (?:new|the latest)\b|\bi am a bot\b", RegexOptions.CultureInvariant)]
    private static partial Regex BotPattern();

    [GeneratedRegex(@"(?:^|_)bot$|bot\d*$|_feed$|_rss$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HandleBot();

    [GeneratedRegex(@"\bofficial (?:account|page|twitter|profile|handle|x account|bluesky)\b|\bcuenta oficial\b|\bcompte officiel\b|\boffizielle[rn]? (?:account|profil)\b|\bperfil oficial\b|\b(?:account|profilo) ufficiale\b|\bposts by (?:lab )?members\b|\bpeer-reviewed journal\b|\blatest articles\b|\bpublishing research\b|\bprofessional society\b|\bsociety for\b|\bscientific society\b|\bsociedad cientifica\b|\bpharmaceutical company\b|\bbiopharmaceutical\b|\bbiotech (?:company|developing)\b|\bcompany\b|\bnon-?profit\b|\be\.v\.|\bcharity for\b|\badvocacy organi[sz]ation\b|\bnews from\b|\bnews (?:and|&) updates\b|\bupdates from\b|\bwe are an? [\w\s-]{0,40}?(?:group|organi[sz]ation|society|foundation|charity|company|network|coalition|alliance)\b|\badvocacy group\b|\bpatient organi[sz]ation\b|\bpeer-reviewed\b|\bthe journal of\b|\bresearch group\b|^\s*(?:department|division|dept\.?) of\b|^\s*the [\w' -]{1,30} lab\b|\bnews outlet\b|\bbreaking health news\b|\bdaily (?:medical )?news\b|\bdaily digest\b|\bheadlines\b|\bcooperative group\b|\bfunding (?:\w+ ){0,2}research\b|\breport(?:ing)? (?:side effects|aes)\b|\bus audiences\b|\bnot for medical emergencies\b|\bmedia inquiries\b|\bcare, research, education\b|\badvancing care\b|\bannual meeting news\b|\bfor updates\b|\bcaring for kids\b|\binnovative medicines\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationPattern();

    [GeneratedRegex(@"\b(?:hospital|hopital|universitatsklinikum|klinikum|ospedale|clinic|clinique|klinik|institute|instituto|institut|center|centre|society|sociedad|societe|gesellschaft|associacao|association|asociacion|academy|foundation|fundacion|fund|alliance|network|consortium|journal|revista|annals|reports|letters|news|digest|daily|bot|papers|preprints|lab|research|department|division|therapeutics|pharma|biotech|inc|ltd|gmbh|ag|group|council|registry|trials)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationNamePattern();

    [GeneratedRegex(@"\bjournalist\w*|\breporter\b|\beditor\b|\b(?:medical|science|health|freelance|technical|copy) ?writer\b|\bwriter\b|\bpodcast\b|\bpodcaster\b|\bhost of\b|\bscience communicat\w*|\bscicomm\b|\bcorrespondent\b|\bperiodista\b|\bjournaliste\b|\bwissenschaftsjournalist\w*|\bmedizinjournalist\w*|\bgiornalista\b|\bjornalista\b|\byoutuber\b|\bcontent creator\b|\bcommunications? (?:manager|officer|director|lead|specialist)\b|\bcomms\b|\bnewsletter\b|\bbylines?\b|\billustrator\b|\bbroadcast\w*|\bauthor of\b|\bmaking (?:science|research) (?:accessible|make sense)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommunicatorPattern();

    [GeneratedRegex(@"\bph\.? ?d\b|\bdphil\b|\bpostdoc\w*|\bpost-doc\w*|\bscientist\b|\bresearcher\b|\bresearch fellow\b|epidemiolog\w*|\bstatistic\w*|\bbiostat\w*|\bbiologist\b|\bimmunologist\b|\bbioinformatic\w*|\beconomist\b|\bhealth economics\b|\bmethodologist\b|\btrialist\b|\bpharmacologist\b|\bgeneticist\b|\bneuroscientist\b|\binvestigador[a]?\b|\bchercheu(?:r|se)\b|\bwissenschaftler\w*|\bricercat(?:ore|rice)\b|\bpesquisador[a]?\b|\bdoktorand\w*|\bdoctorant\w*|\bdr\. ?rer\. ?nat\b|\bprincipal investigator\b|\bpi of\b|\bprofessor of (?!medicine|surgery|pa?ediatrics|clinical|nursing|pharmacy)[a-z]|\bdata scientist\b|\blab\b|\bphd (?:candidate|student)\b|\bdoctoral\b|\bcancer biology\b|\bmolecular biology\b|\bhealth services research\b|\bimplementation science\b|\bdoctor en\b|\bdoctora en\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResearcherPattern();

    [GeneratedRegex(@"\bsurvivor\b|\bpatient\b|\bcaregiver\b|\bcarer\b|\badvocate\b|\bwarrior\b|\bthriver\b|\bliving with\b|\bdiagnosed\b|\btransplant recipient\b|\bheart mom\b|\bretired (?:teacher|secretary|engineer)\b|\bsobreviviente\b|\bmaman\b|\bmama\b|\bmamma\b|\bmae\b|\bpapa\b|\bpatientenvertreter\w*|\bkrebspatient\w*|\bpaziente\b|\bsurvivante\b|\baidante\b|\btype 1 diabetic\b|\bt1d\b|\bfighting\b|\bfighter\b|\bjourney\b", RegexOptions.CultureInvariant)]
    private static partial Regex PublicPattern();

    [GeneratedRegex(@"\bmom\b|\bdad\b|\bmum\b|\bgrandma\b|\bgrandpa\b|\bfan\b|\bwife\b|\bhusband\b|\bkids\b", RegexOptions.CultureInvariant)]
    private static partial Regex PrivatePattern();

    [GeneratedRegex(@"\b(?:i|i'm|my|me|mom|dad|mum|wife|husband|she/her|he/him|they/them)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalPattern();
}
