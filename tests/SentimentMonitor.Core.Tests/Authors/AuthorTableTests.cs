using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Authors;

/// <summary>
/// The author table: 110+ hand-written bios (not in the training corpus) with the expected role, specialty and stage,
/// covering every trap of the issue. Rows are data, not code, so a failing row names its bio.
/// </summary>
public sealed class AuthorTableTests
{
    private static readonly RuleBasedAuthorClassifier Rules = new();

    public static TheoryData<AuthorTableRow> Rows()
    {
        TheoryData<AuthorTableRow> data = [];
        foreach (AuthorTableRow row in AuthorTableRow.Load())
            data.Add(row);
        return data;
    }

    [Fact]
    public void Table_Loaded_HasAtLeastOneHundredRowsAndEveryRole()
    {
        IReadOnlyList<AuthorTableRow> rows = AuthorTableRow.Load();

        Assert.True(rows.Count >= 100, $"only {rows.Count} rows");
        foreach (AuthorRole role in Enum.GetValues<AuthorRole>().Where(r => r != AuthorRole.Unknown))
            Assert.Contains(rows, r => r.Role == role);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rules_TableBio_ExpectedRoleSpecialtyAndStage(AuthorTableRow row)
    {
        AuthorRuleVerdict verdict = Rules.Analyze(row.DisplayName, row.Handle, row.Bio);

        string got = $"{DomainSlugs.Slug(verdict.Role)}/{DomainSlugs.Slug(verdict.Specialty)}/{DomainSlugs.Slug(verdict.Stage)}";
        string want = $"{DomainSlugs.Slug(row.Role)}/{DomainSlugs.Slug(row.Specialty)}/{DomainSlugs.Slug(row.Stage)}";
        Assert.True(want == got, $"{row}: expected {want}, got {got}; evidence: {string.Join("; ", verdict.Evidence)}");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rules_TableBio_EvidenceIsNeverEmpty(AuthorTableRow row)
    {
        AuthorRuleVerdict verdict = Rules.Analyze(row.DisplayName, row.Handle, row.Bio);

        Assert.NotEmpty(verdict.Evidence);
    }
}
