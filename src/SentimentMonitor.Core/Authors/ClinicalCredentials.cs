using System.Buffers;
using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Finds post-nominal credentials (case-sensitive, on the original text) and tells Maryland from a medical degree:
/// in a bio, "Towson, MD" is a place; in a display name, "Jane Smith, MD" is a degree.
/// </summary>
public static partial class ClinicalCredentials
{
    private static readonly HashSet<string> MarylandPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "Baltimore", "Annapolis", "Bethesda", "Rockville", "Silver Spring", "Columbia", "Frederick", "Gaithersburg",
        "Towson", "Salisbury", "Ellicott City", "Germantown", "Bowie", "Hagerstown", "Laurel", "College Park",
        "Hyattsville", "Owings Mills", "Catonsville", "Glen Burnie", "Severna Park", "Olney", "Potomac", "Chevy Chase",
        "Takoma Park", "Cumberland", "Easton", "Ocean City", "Westminster", "Aberdeen", "Waldorf", "Bel Air",
        "Clarksburg", "Dundalk", "Essex", "Pikesville", "Parkville", "Crofton", "Odenton", "Greenbelt", "Largo",
    };

    /// <summary>Degree-like words that may precede ", MD" in a bio without making it a place ("PhD, MD").</summary>
    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "Doctor", "Physician", "Hematologist", "Oncologist", "Cardiologist", "Neurologist", "Pediatrician", "Surgeon",
        "Internist", "Hospitalist", "Radiologist", "Pathologist", "Psychiatrist", "Dermatologist", "Nephrologist",
        "Gastroenterologist", "Endocrinologist", "Pulmonologist", "Clinician", "Dad", "Mom", "Mother", "Father",
    };

    /// <summary>All credentials in the display name and bio, plus the Maryland readings of "MD" (as trap evidence).</summary>
    public static IReadOnlyList<CredentialMatch> Find(string? displayName, string? bio, List<string> evidence)
    {
        List<CredentialMatch> found = [];
        Collect(displayName ?? "", inBio: false, found, evidence);
        Collect(bio ?? "", inBio: true, found, evidence);
        return found;
    }

    private static void Collect(string text, bool inBio, List<CredentialMatch> found, List<string> evidence)
    {
        if (text.Length == 0 || text.AsSpan().IndexOfAny(CredentialLetters) < 0)
            return;
        foreach (Match m in Credential().Matches(text))
        {
            string token = m.Groups["c"].Value;
            ProfessionKind kind = KindOf(token);
            if (token is "MD" && inBio && IsMaryland(text, m.Groups["c"].Index))
            {
                evidence.Add($"trap: '{PlaceBefore(text, m.Groups["c"].Index)}, MD' read as Maryland");
                continue;
            }
            if (token is "DO" && !IsDegreeDo(text, m.Groups["c"].Index))
                continue;
            found.Add(new CredentialMatch(token, kind));
        }
    }

    private static ProfessionKind KindOf(string token) => token switch
    {
        "RN" or "BSN" or "MSN" or "NP" or "NP-C" or "FNP" or "FNP-C" or "APRN" or "DNP" or "CCRN" or "OCN" or "CPHON"
            or "CRNP" or "AOCNP" or "CPNP" or "PNP" or "ANP" or "AGNP" or "AGACNP" or "ACNP" => ProfessionKind.Nurse,
        "PharmD" or "Pharm.D." or "RPh" or "BCOP" or "BCPS" or "BCIDP" => ProfessionKind.Pharmacist,
        "PA-C" => ProfessionKind.PhysicianAssistant,
        _ => ProfessionKind.Physician,
    };

    private static bool IsMaryland(string text, int index)
    {
        string place = PlaceBefore(text, index);
        if (place.Length == 0)
            return false;
        if (MarylandPlaces.Contains(place))
            return true;
        string lastWord = place.Split(' ')[^1];
        // "Anywhere, MD" in a bio is a US address unless the word before is a profession or another degree.
        return char.IsUpper(lastWord[0]) && !NotPlaces.Contains(lastWord) && !lastWord.All(c => char.IsUpper(c) || c == '.');
    }

    /// <summary>The one or two capitalised words right before ", MD" (empty when MD does not follow a comma).</summary>
    private static string PlaceBefore(string text, int index)
    {
        Match m = PlaceBeforeMd().Match(text[..index]);
        return m.Success ? m.Groups["p"].Value : "";
    }

    private static bool IsDegreeDo(string text, int index)
    {
        string before = text[..index].TrimEnd();
        string after = text[(index + 2)..];
        return before.EndsWith(',') || before.EndsWith('(') || before.EndsWith("future", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith(')') || after.StartsWith(", F", StringComparison.Ordinal) || (before.Length == 0 && after.Length == 0);
    }

    // Pre-screen: every credential of the pattern below contains one of these (upper-case, as written).
    private static readonly SearchValues<string> CredentialLetters = SearchValues.Create(
        ["MD", "M.D.", "DO", "MB", "BMBS", "FR", "MRCP", "FA", "Dr", "Pharm", "RPh", "BC", "RN", "BSN", "MSN", "NP", "OCN", "CPHON", "PA-C"],
        StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\w.])(?<c>M\.D\.|MD|DO|MBBS|MBChB|MB ChB|MBBCh|BMBS|FRCPC|FRCP\(C\)|FRCP|FRACP|FRACGP|MRCP|MRCPCH|FRCS|FACP|FAAP|FACEP|FACC|FASCO|Dr\.? ?med\.|PharmD|Pharm\.D\.|RPh|BCOP|BCPS|BCIDP|RN|BSN|MSN|NP-C|NP|CPNP|PNP|ANP|AGNP|AGACNP|ACNP|FNP-C|FNP|APRN|DNP|CCRN|OCN|CPHON|CRNP|AOCNP|PA-C)(?![\w])(?! Anderson)", RegexOptions.CultureInvariant)]
    private static partial Regex Credential();

    [GeneratedRegex(@"(?<p>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?),\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeMd();
}
