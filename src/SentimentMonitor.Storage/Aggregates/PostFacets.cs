using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// What the posts table filters on, packed in 32 bits for <see cref="DayPostList"/>: sentiment code (bits 24–31,
/// 0 = none), role (16–23), specialty (8–15) and one bit per aspect (0–7), with the <see cref="CellCodes"/> codes.
/// Platform is the post key's prefix.
/// </summary>
internal static class PostFacets
{
    public static uint Pack(Sentiment? sentiment, AuthorRole role, Specialty specialty, IEnumerable<Aspect> aspects)
    {
        uint bits = 0;
        foreach (Aspect aspect in aspects)
            bits |= 1u << CellCodes.Aspects.Code(aspect);
        return ((uint)CellCodes.Sentiment(sentiment) << 24) | ((uint)CellCodes.Roles.Code(role) << 16) | ((uint)CellCodes.Specialties.Code(specialty) << 8) | (bits & 0xFF);
    }

    /// <summary>A filter compiled to a mask and the value the masked facets must equal, plus an aspect bit when one is asked for.</summary>
    public readonly record struct Filter(uint Mask, uint Value, uint AspectBit)
    {
        public bool Matches(uint facets) => (facets & Mask) == Value && (AspectBit == 0 || (facets & AspectBit) != 0);

        public bool IsEmpty => Mask == 0 && AspectBit == 0;
    }

    public static Filter Compile(Sentiment? sentiment, AuthorRole? role, Specialty? specialty, Aspect? aspect)
    {
        uint mask = 0, value = 0;
        if (sentiment is Sentiment s) { mask |= 0xFFu << 24; value |= (uint)CellCodes.Sentiment(s) << 24; }
        if (role is AuthorRole r) { mask |= 0xFFu << 16; value |= (uint)CellCodes.Roles.Code(r) << 16; }
        if (specialty is Specialty sp) { mask |= 0xFFu << 8; value |= (uint)CellCodes.Specialties.Code(sp) << 8; }
        return new Filter(mask, value, aspect is Aspect a ? 1u << CellCodes.Aspects.Code(a) : 0);
    }
}
