using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Decides which tracked publications a post cites and how (<see cref="MatchKind"/>). Build one per set of
/// tracked publications (lookups are precomputed: DOI, PII, PMID, PMCID and URL dictionaries, title and
/// keyword phrases) and call <see cref="Match(Post)"/> for every post; it is immutable and thread-safe.
/// Links are the resolved targets the payload carries; the text is scanned for written DOIs, PMIDs/PMCIDs,
/// pasted URLs, titles and keywords. Shortened links never match (the collector expands them first).
/// </summary>
public sealed partial class PublicationMatcher
{
    private readonly Publication[] _publications;
    private readonly Dictionary<string, int[]> _byDoi;
    private readonly Dictionary<string, int[]> _byPii;
    private readonly Dictionary<string, int[]> _byPmid;
    private readonly Dictionary<string, int[]> _byPmcid;
    private readonly Dictionary<string, int[]> _byUrl;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _doiSpans;
    private readonly PhraseRule[] _phrases;
    private readonly PhraseRule[] _hashtags;

    public PublicationMatcher(IEnumerable<Publication> publications)
    {
        ArgumentNullException.ThrowIfNull(publications);
        _publications = publications.ToArray();
        Dictionary<string, List<int>> doi = [], pii = [], pmid = [], pmcid = [], url = [];
        List<PhraseRule> phrases = [], hashtags = [];
        for (int i = 0; i < _publications.Length; i++)
        {
            Publication p = _publications[i] ?? throw new ArgumentException("null publication in list", nameof(publications));
            string? canonicalDoi = PublicationIdentity.NormalizeDoi(p.Doi);
            Put(doi, canonicalDoi, i);
            if (canonicalDoi is not null && canonicalDoi.StartsWith("10.1016/", StringComparison.Ordinal))
                Put(pii, LinkReader.CompactPii(canonicalDoi.AsSpan(8)), i);
            Put(pmid, PublicationIdentity.NormalizePmid(p.Pmid), i);
            Put(pmcid, PublicationIdentity.NormalizePmcid(p.Pmcid), i);
            foreach (string registered in p.Urls)
                Put(url, UrlNormalizer.Normalize(registered), i);
            foreach (string phrase in TitlePhrases.For(p.Title))
                phrases.Add(new PhraseRule(i, MatchKind.Title, phrase));
            foreach (string keyword in p.Keywords)
                AddKeyword(keyword, i, phrases, hashtags);
        }
        _byDoi = Freeze(doi);
        _byPii = Freeze(pii);
        _byPmid = Freeze(pmid);
        _byPmcid = Freeze(pmcid);
        _byUrl = Freeze(url);
        _doiSpans = _byDoi.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = [.. phrases];
        _hashtags = [.. hashtags];
    }

    /// <summary>The publications this matcher was built for, in the order results are reported.</summary>
    public IReadOnlyList<Publication> Publications => _publications;

    /// <summary>
    /// One-off convenience: builds a matcher and matches one post. For many posts build the matcher once.
    /// </summary>
    public static IReadOnlyList<PublicationMatch> Match(Post post, IReadOnlyList<Publication> publications) =>
        new PublicationMatcher(publications).Match(post);

    /// <summary>
    /// The post's matches: at most one per (publication, kind), in publication order and strongest kind first,
    /// each with the link or text that matched as evidence. Empty (no allocation) when nothing matches.
    /// </summary>
    public IReadOnlyList<PublicationMatch> Match(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return Match(post.Text, post.Links);
    }

    /// <summary>Matches a post given only its text and resolved links (for callers without a <see cref="Post"/>).</summary>
    public IReadOnlyList<PublicationMatch> Match(string? text, IReadOnlyList<string>? links)
    {
        if (_publications.Length == 0)
            return [];
        MatchSink sink = new(_publications);
        if (links is not null)
        {
            foreach (string link in links)
                MatchLink(link, link, sink);
        }
        if (!string.IsNullOrEmpty(text))
            MatchText(text, sink);
        return sink.ToList();
    }

    private void MatchLink(string link, string evidence, MatchSink sink)
    {
        if (!LinkReader.TryRead(link, withCanonical: _byUrl.Count > 0, out LinkFacts facts))
            return;
        MatchDoi(facts.ResolverDoi, MatchKind.DoiLink, evidence, sink);
        MatchDoi(facts.PathDoi, MatchKind.PublisherUrl, evidence, sink);
        MatchDoi(facts.QueryDoi, MatchKind.PublisherUrl, evidence, sink);
        if (facts.Pii is not null)
            sink.AddAll(_byPii.GetValueOrDefault(facts.Pii), MatchKind.PublisherUrl, evidence);
        if (facts.Pmid is not null)
            sink.AddAll(_byPmid.GetValueOrDefault(facts.Pmid), MatchKind.Pubmed, evidence);
        if (facts.Pmcid is not null)
            sink.AddAll(_byPmcid.GetValueOrDefault(facts.Pmcid), MatchKind.Pmc, evidence);
        if (facts.Canonical is not null)
            sink.AddAll(_byUrl.GetValueOrDefault(facts.Canonical), MatchKind.Url, evidence);
    }

    /// <summary>
    /// A DOI read from a URL path may run on into page segments (…/doi/10.1111/x.1/abstract), so the whole and
    /// then each shorter '/'-bounded prefix is looked up. A longer DOI such as …22141710 is never cut to …2214171.
    /// </summary>
    private void MatchDoi(string? doi, MatchKind kind, string evidence, MatchSink sink)
    {
        if (doi is null || _byDoi.Count == 0)
            return;
        ReadOnlySpan<char> candidate = doi;
        int registrantEnd = doi.IndexOf('/');
        while (candidate.Length > registrantEnd + 1)
        {
            if (_doiSpans.TryGetValue(candidate, out int[]? hits))
            {
                sink.AddAll(hits, kind, evidence);
                return;
            }
            int cut = candidate.LastIndexOf('/');
            if (cut <= registrantEnd)
                return;
            candidate = candidate[..cut];
        }
    }

    private static void AddKeyword(string? keyword, int publication, List<PhraseRule> phrases, List<PhraseRule> hashtags)
    {
        if (string.IsNullOrWhiteSpace(keyword))
            return;
        string trimmed = keyword.Trim();
        if (trimmed.StartsWith('#'))
        {
            string tag = trimmed.TrimStart('#');
            if (tag.Length > 0)
                hashtags.Add(new PhraseRule(publication, MatchKind.Keyword, "#" + tag));
            return;
        }
        string phrase = NormalizedWords.Phrase(trimmed);
        if (phrase.Length > 0)
            phrases.Add(new PhraseRule(publication, MatchKind.Keyword, phrase));
    }

    private static void Put(Dictionary<string, List<int>> index, string? key, int publication)
    {
        if (key is null)
            return;
        if (!index.TryGetValue(key, out List<int>? list))
            index[key] = list = [];
        if (!list.Contains(publication))
            list.Add(publication);
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index) =>
        index.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
