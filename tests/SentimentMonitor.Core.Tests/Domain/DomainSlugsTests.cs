using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Domain;

public class DomainSlugsTests
{
    [Theory]
    [InlineData(Aspect.StudyDesign, "study_design")]
    [InlineData(Aspect.ConflictOfInterest, "conflict_of_interest")]
    [InlineData(Aspect.CostAccess, "cost_access")]
    public void Slug_Aspect_IsSnakeCase(Aspect aspect, string expected) => Assert.Equal(expected, DomainSlugs.Slug(aspect));

    [Fact]
    public void Slug_SpecialtyOverrides_AreReadable()
    {
        Assert.Equal("pediatric_hematology_oncology", DomainSlugs.Slug(Specialty.PediatricHematologyOncology));
        Assert.Equal("internal_family_medicine", DomainSlugs.Slug(Specialty.InternalFamilyMedicine));
        Assert.Equal("infectious_disease", DomainSlugs.Slug(Specialty.InfectiousDisease));
    }

    [Theory]
    [InlineData("study_design", Aspect.StudyDesign)]
    [InlineData("Study-Design", Aspect.StudyDesign)]
    [InlineData("StudyDesign", Aspect.StudyDesign)]
    public void TryParse_AcceptsSlugAndName(string text, Aspect expected)
    {
        Assert.True(DomainSlugs.TryParse(text, out Aspect parsed));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void Parse_Unknown_ThrowsListingAcceptedValues()
    {
        FormatException ex = Assert.Throws<FormatException>(() => DomainSlugs.Parse<AuthorRole>("doctor"));
        Assert.Contains("clinician", ex.Message);
    }

    [Fact]
    public void PostKey_CombinesPlatformSlugAndId() =>
        Assert.Equal("bluesky:at://did:plc:abc/app.bsky.feed.post/1", PostKeys.For(Platform.Bluesky, "at://did:plc:abc/app.bsky.feed.post/1"));
}
