namespace SentimentMonitor.Core.Matching;

/// <summary>
/// What one link says about which paper it points to. DOIs read from a path may run on into trailing
/// segments (wiley.com/doi/10.1111/x.1/abstract), so they are looked up with '/'-prefix fallback.
/// <see cref="Canonical"/> is null unless requested (see <see cref="LinkReader.TryRead"/>).
/// </summary>
internal readonly record struct LinkFacts(string? Canonical)
{
    /// <summary>DOI from a doi.org / dx.doi.org / hdl.handle.net resolver path.</summary>
    public string? ResolverDoi { get; init; }
    /// <summary>DOI-looking text starting at a path segment of any other host (publisher landing page).</summary>
    public string? PathDoi { get; init; }
    /// <summary>DOI carried by a query parameter (?doi=…, PLOS ?id=…).</summary>
    public string? QueryDoi { get; init; }
    /// <summary>Elsevier PII (upper case, letters and digits only) from /pii/… or /PIIS… paths.</summary>
    public string? Pii { get; init; }
    public string? Pmid { get; init; }
    /// <summary>"PMC" followed by digits.</summary>
    public string? Pmcid { get; init; }
}
