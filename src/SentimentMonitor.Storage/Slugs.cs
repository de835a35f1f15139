using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage;

/// <summary>
/// Cached slug ⇄ enum maps. Documents store enum slugs (stable by contract) instead of ordinals, and
/// <see cref="DomainSlugs"/> allocates per call, which is too slow for a million documents.
/// </summary>
internal static class Slugs<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> ToSlug = Enum.GetValues<TEnum>().ToDictionary(v => v, DomainSlugs.Slug);
    private static readonly Dictionary<string, TEnum> FromSlug = ToSlug.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Of(TEnum value) => ToSlug[value];

    /// <summary>Unknown slugs (written by a newer version) fall back to the enum default rather than failing a read.</summary>
    public static TEnum Parse(string? slug) =>
        slug is not null && FromSlug.TryGetValue(slug, out TEnum value) ? value : default;
}
