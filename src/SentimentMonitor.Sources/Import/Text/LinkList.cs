namespace SentimentMonitor.Sources.Import.Text;

/// <summary>Collects link targets in first-seen order without duplicates (a facet and an embed often repeat one URL).</summary>
internal sealed class LinkList
{
    private List<string>? _links;

    public void Add(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return;
        url = url.Trim();
        _links ??= new List<string>(2);
        foreach (string existing in _links)
        {
            if (string.Equals(existing, url, StringComparison.Ordinal))
                return;
        }
        _links.Add(url);
    }

    public void AddRange(IEnumerable<string> urls)
    {
        foreach (string url in urls)
            Add(url);
    }

    public IReadOnlyList<string> ToList() => _links is null ? [] : _links.ToArray();
}
