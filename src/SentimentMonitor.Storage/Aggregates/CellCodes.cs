using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// One-byte codes of the dimensions inside the packed daily count cells. The codes are stored, so each list is
/// append-only: a new enum member gets the next code, an existing slug never moves. Code 0 of sentiment means
/// "not classified yet".
/// </summary>
internal static class CellCodes
{
    public static readonly Codes<Platform> Platforms = new(["x", "bluesky", "mastodon"]);

    public static readonly Codes<AuthorRole> Roles = new(["unknown", "clinician", "researcher", "public", "communicator", "organization"]);

    public static readonly Codes<Specialty> Specialties = new([
        "unknown", "pediatric_hematology_oncology", "hematology", "medical_oncology", "radiation_oncology", "cardiology",
        "neurology", "endocrinology", "infectious_disease", "pulmonology", "gastroenterology", "nephrology", "surgery",
        "pediatrics", "emergency_medicine", "internal_family_medicine", "nursing", "pharmacy", "other",
    ]);

    public static readonly Codes<Aspect> Aspects = new(["efficacy", "safety", "study_design", "cost_access", "conflict_of_interest", "practice_change", "equity"]);

    /// <summary>Sentiment codes are 1-based: 0 is "none".</summary>
    public static readonly Codes<Sentiment> Sentiments = new(["negative", "neutral", "positive"]);

    public static byte Sentiment(Sentiment? sentiment) => sentiment is { } s ? (byte)(Sentiments.Code(s) + 1) : (byte)0;

    public static Sentiment? Sentiment(byte code) => code == 0 ? null : Sentiments.Value((byte)(code - 1));
}

/// <summary>A fixed slug list turned into enum ⇄ byte maps (see <see cref="CellCodes"/>).</summary>
internal sealed class Codes<TEnum> where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, byte> _codes = [];
    private readonly TEnum[] _values;

    public Codes(string[] slugs)
    {
        _values = new TEnum[slugs.Length];
        for (int i = 0; i < slugs.Length; i++)
        {
            // A slug no longer known (enum member removed) decodes as the default rather than failing reads.
            _values[i] = Slugs<TEnum>.Parse(slugs[i]);
            _codes.TryAdd(_values[i], (byte)i);
        }
    }

    /// <summary>Every enum member must have a code; a missing one is a programming error caught by the storage tests.</summary>
    public byte Code(TEnum value) => _codes.TryGetValue(value, out byte code)
        ? code
        : throw new InvalidOperationException($"no storage code for {typeof(TEnum).Name}.{value}: append its slug to CellCodes");

    public TEnum Value(byte code) => code < _values.Length ? _values[code] : default;

    public bool Covers(TEnum value) => _codes.ContainsKey(value);
}
