namespace SentimentMonitor.Core.Collection;

/// <summary>
/// Builds X API v2 search queries from <see cref="PublicationSearchTerms"/>: OR-groups of standalone terms,
/// split into several queries so none exceeds the length limit (512 characters recent, 1,024 archive).
/// </summary>
public static class XQueryComposer
{
    public const int RecentLimit = 512;
    public const int ArchiveLimit = 1024;

    public static IReadOnlyList<string> Compose(PublicationSearchTerms terms, bool archive) =>
        Split(Terms(terms), archive ? ArchiveLimit : RecentLimit);

    /// <summary>Standalone X terms, strongest first: the DOI as a URL token and as text, links, title, keywords, hashtags.</summary>
    public static IReadOnlyList<string> Terms(PublicationSearchTerms terms)
    {
        List<string> list = [];
        if (terms.Doi is not null)
        {
            list.Add($"url:\"{terms.Doi}\"");
            list.Add($"\"{terms.Doi}\"");
        }
        foreach (string link in terms.Links)
        {
            // The DOI url: term already covers every link that carries the DOI.
            if (terms.Doi is not null && link.Contains(terms.Doi, StringComparison.OrdinalIgnoreCase))
                continue;
            list.Add($"url:\"{link}\"");
        }
        if (terms.TitlePhrase is not null)
            list.Add($"\"{terms.TitlePhrase}\"");
        foreach (string k in terms.Keywords)
            list.Add(k.Contains(' ') ? $"\"{k.Replace("\"", "")}\"" : k);
        foreach (string h in terms.Hashtags)
            list.Add("#" + h);
        return list;
    }

    /// <summary>Packs terms greedily into "(a OR b …)" queries of at most <paramref name="limit"/> characters; a single longer term is dropped.</summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<string> terms, int limit)
    {
        List<string> queries = [];
        List<string> current = [];
        foreach (string term in terms)
        {
            if (Render([term]).Length > limit)
                continue;
            current.Add(term);
            if (Render(current).Length > limit)
            {
                current.RemoveAt(current.Count - 1);
                queries.Add(Render(current));
                current = [term];
            }
        }
        if (current.Count > 0)
            queries.Add(Render(current));
        return queries;
    }

    private static string Render(IReadOnlyList<string> group) =>
        group.Count == 1 ? group[0] : "(" + string.Join(" OR ", group) + ")";
}
