using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Statistics;

/// <summary>Which reactions a statistic covers. Null fields do not filter.</summary>
public sealed record ReactionFilter
{
    public AuthorRole? Role { get; init; }
    public Platform? Platform { get; init; }
    public Specialty? Specialty { get; init; }

    /// <summary>All posts.</summary>
    public static ReactionFilter Everyone { get; } = new();

    /// <summary>Posts by authors classed (or labelled) as clinicians.</summary>
    public static ReactionFilter Clinicians { get; } = new() { Role = AuthorRole.Clinician };

    public bool Matches(ReactionCount row) =>
        (Role is null || row.Role == Role) && (Platform is null || row.Platform == Platform) && (Specialty is null || row.Specialty == Specialty);

    public bool Matches(AspectCount row) =>
        (Role is null || row.Role == Role) && (Platform is null || row.Platform == Platform) && (Specialty is null || row.Specialty == Specialty);

    /// <summary>Short description for headers: "clinicians · bluesky · cardiology", or "everyone".</summary>
    public string Describe()
    {
        List<string> parts = [];
        parts.Add(Role is null ? "everyone" : Role == AuthorRole.Clinician ? "clinicians" : DomainSlugs.Slug(Role.Value));
        if (Platform is not null)
            parts.Add(DomainSlugs.Slug(Platform.Value));
        if (Specialty is not null)
            parts.Add(DomainSlugs.Slug(Specialty.Value));
        return string.Join(" · ", parts);
    }
}
