namespace SentimentMonitor.Core.Collection;

/// <summary>
/// Builds Bluesky searchPosts queries as "param=value" strings: <c>url=</c> for each link, <c>q=</c> for the DOI
/// text, title phrase and keywords, <c>tag=</c> for hashtags. The client turns them into request parameters.
/// </summary>
public static class BlueskyQueryComposer
{
    public static IReadOnlyList<string> Compose(PublicationSearchTerms terms)
    {
        List<string> list = [];
        foreach (string url in terms.FullUrls)
            list.Add("url=" + url);
        if (terms.Doi is not null)
            list.Add($"q=\"{terms.Doi}\"");
        if (terms.TitlePhrase is not null)
            list.Add($"q=\"{terms.TitlePhrase}\"");
        foreach (string k in terms.Keywords)
            list.Add(k.Contains(' ') ? $"q=\"{k}\"" : "q=" + k);
        foreach (string h in terms.Hashtags)
            list.Add("tag=" + h);
        return list;
    }
}
