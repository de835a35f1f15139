using System.Globalization;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Deterministic authors for benchmarks: a fixed mix of profiles (clinicians in several languages, traps such as
/// "Baltimore, MD", researchers, patients, journalists, organisations, bots, empty bios), each bio made distinct.
/// </summary>
public static class SyntheticAuthors
{
    private static readonly (string Name, string Bio)[] Profiles =
    [
        ("Dr. Maya Lindqvist", "Pediatric hematologist-oncologist, MD. Leukemia and CAR-T. Tweets are mine."),
        ("Tom Reyes, RN", "Oncology nurse on a BMT unit. Night shifts, coffee, patient advocacy."),
        ("Dana K.", "Towson, MD. Orioles fan, two kids, one very loud beagle."),
        ("Dr. Omar Haddad", "PhD in molecular biology. Studying leukemia stem cells. Not a medical doctor."),
        ("Lea Fischer", "Assistenzärztin Innere Medizin, Hamburg. Hämatologie im Herzen."),
        ("Dr. Inés Castro", "Médica oncóloga en Madrid. Cáncer de mama y ensayos clínicos."),
        ("Priya S.", "MS2 | future pediatrician | #MedStudentTwitter"),
        ("Frank Osborne MD", "Retired cardiologist. Grandfather, gardener, still reads JAMA."),
        ("Leukemia Papers", "Automated feed of new leukemia papers from PubMed. Not monitored."),
        ("City Children's Hospital", "Official account of City Children's Hospital. News and events."),
        ("Nora Blake", "Health reporter covering cancer research and drug prices."),
        ("Sam (he/him)", "ALL survivor, 10 years out. Blood donor. Runner."),
        ("", ""),
        ("Raj Patel, PharmD", "Clinical pharmacist, hematology/oncology. BCOP. Views my own."),
    ];

    /// <summary>
    /// One author per <paramref name="postsPerAuthor"/> posts (at least one author). Real streams have fewer
    /// authors than posts; 2 posts per author is a conservative (author-heavy) choice.
    /// </summary>
    public static IReadOnlyList<Author> ForPosts(int posts, int postsPerAuthor = 2)
    {
        int count = Math.Max(1, posts / Math.Max(1, postsPerAuthor));
        Author[] authors = new Author[count];
        for (int i = 0; i < count; i++)
        {
            (string name, string bio) = Profiles[i % Profiles.Length];
            authors[i] = new Author
            {
                Platform = (Platform)(i % 3),
                AccountId = i.ToString(CultureInfo.InvariantCulture),
                Handle = $"author{i}",
                DisplayName = name,
                Bio = bio.Length == 0 ? bio : $"{bio} #{i % 97}", // distinct-ish bios, so no cache makes them free
            };
        }
        return authors;
    }
}
