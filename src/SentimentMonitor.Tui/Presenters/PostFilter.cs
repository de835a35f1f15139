using System.Globalization;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// Filters of the posts table. Typed in the search box as words plus tokens:
/// <c>role:clinician spec:hematology sent:neg on:bluesky aspect:safety from:2024-03-01 to:2024-03-31 relapse</c>.
/// Dates are UTC days, both inclusive.
/// </summary>
public sealed record PostFilter
{
    public string? Text { get; init; }
    public AuthorRole? Role { get; init; }
    public Specialty? Specialty { get; init; }
    public Sentiment? Sentiment { get; init; }
    public Platform? Platform { get; init; }
    public Aspect? Aspect { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public static PostFilter None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>Parses the search box; unknown tokens or values are reported and ignored.</summary>
    public static PostFilter Parse(string? input, out IReadOnlyList<string> errors)
    {
        List<string> problems = [];
        PostFilter filter = None;
        List<string> words = [];
        foreach (string part in (input ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1)
            {
                words.Add(part);
                continue;
            }
            string key = part[..colon].ToLowerInvariant(), value = part[(colon + 1)..];
            PostFilter? next = key switch
            {
                "role" => Enum(value, out AuthorRole r, RoleAliases) ? filter with { Role = r } : null,
                "spec" or "specialty" => Enum(value, out Specialty s) ? filter with { Specialty = s } : null,
                "sent" or "sentiment" => Enum(value, out Sentiment se, SentimentAliases) ? filter with { Sentiment = se } : null,
                "on" or "platform" => Enum(value, out Platform p) ? filter with { Platform = p } : null,
                "aspect" => Enum(value, out Aspect a) ? filter with { Aspect = a } : null,
                "from" => Date(value) is { } f ? filter with { From = f } : null,
                "to" => Date(value) is { } t ? filter with { To = t } : null,
                _ => filter with { }, // not a token (e.g. a URL "https://…"): search for it
            };
            if (next is null)
                problems.Add($"'{part}' not understood");
            else if (key is "role" or "spec" or "specialty" or "sent" or "sentiment" or "on" or "platform" or "aspect" or "from" or "to")
                filter = next;
            else
                words.Add(part);
        }
        errors = problems;
        return filter with { Text = words.Count == 0 ? null : string.Join(' ', words) };
    }

    /// <summary>The filter as the tokens <see cref="Parse"/> reads (round-trips).</summary>
    public override string ToString()
    {
        List<string> parts = [];
        if (Role is { } r) parts.Add("role:" + DomainSlugs.Slug(r));
        if (Specialty is { } s) parts.Add("spec:" + DomainSlugs.Slug(s));
        if (Sentiment is { } se) parts.Add("sent:" + DomainSlugs.Slug(se));
        if (Platform is { } p) parts.Add("on:" + DomainSlugs.Slug(p));
        if (Aspect is { } a) parts.Add("aspect:" + DomainSlugs.Slug(a));
        if (From is { } f) parts.Add("from:" + Display.Day(f));
        if (To is { } t) parts.Add("to:" + Display.Day(t));
        if (!string.IsNullOrEmpty(Text)) parts.Add(Text);
        return string.Join(' ', parts);
    }

    private static readonly Dictionary<string, string> RoleAliases = new() { ["clin"] = "clinician", ["org"] = "organization" };
    private static readonly Dictionary<string, string> SentimentAliases = new() { ["pos"] = "positive", ["neu"] = "neutral", ["neg"] = "negative" };

    private static bool Enum<T>(string value, out T parsed, Dictionary<string, string>? aliases = null) where T : struct, System.Enum =>
        DomainSlugs.TryParse(aliases?.GetValueOrDefault(value.ToLowerInvariant()) ?? value, out parsed);

    private static DateOnly? Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;
}
