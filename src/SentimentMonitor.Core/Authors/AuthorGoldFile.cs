using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Reads evaluate-authors files: <c>role TAB specialty TAB bio</c>, UTF-8, blank lines ignored, specialty empty for
/// non-clinicians (an empty clinician specialty means <c>unknown</c>). A malformed line throws
/// <see cref="FormatException"/> naming the line and the field.
/// </summary>
public static class AuthorGoldFile
{
    public static IReadOnlyList<AuthorGoldLabel> Parse(IEnumerable<string> lines, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<AuthorGoldLabel> labels = [];
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
                continue;
            string[] fields = line.Split('\t', 3);
            if (fields.Length < 3)
                throw new FormatException($"{sourceName}:{number}: expected 3 tab-separated fields (role, specialty, bio), found {fields.Length}");
            if (!DomainSlugs.TryParse(fields[0], out AuthorRole role) || role == AuthorRole.Unknown)
                throw new FormatException($"{sourceName}:{number}: field 1 (role) '{fields[0]}' is not one of: clinician, researcher, public, communicator, organization");
            Specialty specialty = Specialty.Unknown;
            if (fields[1].Trim().Length > 0 && !DomainSlugs.TryParse(fields[1], out specialty))
                throw new FormatException($"{sourceName}:{number}: field 2 (specialty) '{fields[1]}' is not one of: {string.Join(", ", DomainSlugs.All<Specialty>())}");
            if (role != AuthorRole.Clinician && specialty != Specialty.Unknown)
                throw new FormatException($"{sourceName}:{number}: field 2 (specialty) must be empty for role {DomainSlugs.Slug(role)}");
            if (fields[2].Trim().Length == 0)
                throw new FormatException($"{sourceName}:{number}: field 3 (bio) is empty");
            labels.Add(new AuthorGoldLabel(number, role, specialty, fields[2]));
        }
        return labels;
    }
}
