using SentimentMonitor.Core.Domain;
using Xunit.Abstractions;

namespace SentimentMonitor.Core.Tests.Authors;

/// <summary>One row of author-table.tsv (role, specialty, stage, display name, handle, bio, note).</summary>
public sealed class AuthorTableRow : IXunitSerializable
{
    public AuthorRole Role { get; private set; }
    public Specialty Specialty { get; private set; }
    public CareerStage Stage { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Handle { get; private set; } = "";
    public string Bio { get; private set; } = "";
    public string Note { get; private set; } = "";

    public static IReadOnlyList<AuthorTableRow> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Authors", "author-table.tsv");
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();
    }

    private static AuthorTableRow Parse(string line)
    {
        string[] f = line.Split('\t');
        return new AuthorTableRow
        {
            Role = DomainSlugs.Parse<AuthorRole>(f[0]),
            Specialty = f[1].Length == 0 ? Specialty.Unknown : DomainSlugs.Parse<Specialty>(f[1]),
            Stage = f[2].Length == 0 ? CareerStage.Unknown : DomainSlugs.Parse<CareerStage>(f[2]),
            DisplayName = f[3],
            Handle = f[4],
            Bio = f[5],
            Note = f.Length > 6 ? f[6] : "",
        };
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Role = DomainSlugs.Parse<AuthorRole>(info.GetValue<string>(nameof(Role)));
        Specialty = DomainSlugs.Parse<Specialty>(info.GetValue<string>(nameof(Specialty)));
        Stage = DomainSlugs.Parse<CareerStage>(info.GetValue<string>(nameof(Stage)));
        DisplayName = info.GetValue<string>(nameof(DisplayName));
        Handle = info.GetValue<string>(nameof(Handle));
        Bio = info.GetValue<string>(nameof(Bio));
        Note = info.GetValue<string>(nameof(Note));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Role), DomainSlugs.Slug(Role));
        info.AddValue(nameof(Specialty), DomainSlugs.Slug(Specialty));
        info.AddValue(nameof(Stage), DomainSlugs.Slug(Stage));
        info.AddValue(nameof(DisplayName), DisplayName);
        info.AddValue(nameof(Handle), Handle);
        info.AddValue(nameof(Bio), Bio);
        info.AddValue(nameof(Note), Note);
    }

    public override string ToString() => $"[{Note}] {DisplayName}: {(Bio.Length > 60 ? Bio[..60] + "…" : Bio)}";
}
