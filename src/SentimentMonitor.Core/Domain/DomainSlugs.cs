using System.Text;

namespace SentimentMonitor.Core.Domain;

/// <summary>
/// The stable lower-case names of domain enums, used in the CLI, exports, corpora and the database
/// (e.g. <c>Aspect.StudyDesign</c> is <c>study_design</c>). Enum member names may change; slugs may not.
/// </summary>
public static class DomainSlugs
{
    private static readonly Dictionary<Specialty, string> SpecialtyOverrides = new()
    {
        [Specialty.PediatricHematologyOncology] = "pediatric_hematology_oncology",
        [Specialty.InternalFamilyMedicine] = "internal_family_medicine",
    };

    /// <summary>snake_case slug of any domain enum value.</summary>
    public static string Slug<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        if (value is Specialty s && SpecialtyOverrides.TryGetValue(s, out string? special))
            return special;
        return ToSnake(value.ToString());
    }

    /// <summary>Parses a slug (or the enum name, any case); false when unknown.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        string wanted = text.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (TEnum candidate in Enum.GetValues<TEnum>())
        {
            if (Slug(candidate) == wanted || candidate.ToString().Equals(wanted.Replace("_", ""), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>Parses a slug or throws <see cref="FormatException"/> listing the accepted values.</summary>
    public static TEnum Parse<TEnum>(string? text) where TEnum : struct, Enum =>
        TryParse(text, out TEnum value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", All<TEnum>())}");

    /// <summary>All slugs of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Slug).ToArray();

    private static string ToSnake(string name)
    {
        StringBuilder sb = new(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
