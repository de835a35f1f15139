using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Authors;

public sealed class AuthorGoldFileTests
{
    [Fact]
    public void Parse_ValidLinesWithBlankLine_ReadsRolesSpecialtiesAndLineNumbers()
    {
        string[] lines = ["clinician\thematology\tHematologist.", "", "public\t\tRavens fan\twith a tab", "clinician\t\tDoctor."];

        IReadOnlyList<AuthorGoldLabel> gold = AuthorGoldFile.Parse(lines, "f.tsv");

        Assert.Equal(3, gold.Count);
        Assert.Equal((AuthorRole.Clinician, Specialty.Hematology, 1), (gold[0].Role, gold[0].Specialty, gold[0].LineNumber));
        Assert.Equal("Ravens fan\twith a tab", gold[1].Bio);
        Assert.Equal(3, gold[1].LineNumber);
        Assert.Equal(Specialty.Unknown, gold[2].Specialty);
    }

    [Theory]
    [InlineData("clinician\thematology", "f.tsv:2: expected 3 tab-separated fields")]
    [InlineData("doctor\t\tbio", "f.tsv:2: field 1 (role) 'doctor'")]
    [InlineData("clinician\theart\tbio", "f.tsv:2: field 2 (specialty) 'heart'")]
    [InlineData("public\tnursing\tbio", "f.tsv:2: field 2 (specialty) must be empty for role public")]
    [InlineData("public\t\t  ", "f.tsv:2: field 3 (bio) is empty")]
    public void Parse_MalformedSecondLine_ErrorNamesFileLineAndField(string bad, string expectedStart)
    {
        FormatException ex = Assert.Throws<FormatException>(() => AuthorGoldFile.Parse(["public\t\tfine", bad], "f.tsv"));

        Assert.StartsWith(expectedStart, ex.Message);
    }
}
