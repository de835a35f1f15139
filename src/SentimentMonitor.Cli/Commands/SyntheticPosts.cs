using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Cli.Commands;

/// <summary>Deterministic, realistic-looking posts about studies for benchmarks (phrases combined with a fixed seed).</summary>
public static class SyntheticPosts
{
    private static readonly string[] Openers =
    [
        "New in @NEJM:", "Just read this trial.", "Big if true:", "Important paper from our colleagues!", "Hmm.", "Thread 🧵",
        "Sharing for journal club:", "Wow 👏", "Not convinced.", "Practice-changing?", "Interesting RCT #MedTwitter", "Congrats to the team!",
    ];

    private static readonly string[] Bodies =
    [
        "Overall survival improved with HR 0.71 in the treatment arm",
        "single-arm phase 2 with n=42 and historical controls, so I would wait",
        "grade 3 CRS in 12% of patients is a real concern for outpatient use",
        "this will change how we treat relapsed ALL in kids",
        "the drug costs $450k per patient, who can afford this?",
        "funded by the manufacturer and half the authors are employees",
        "surrogate endpoint only, no mortality benefit shown",
        "beautiful work, durable remissions at 5 years",
        "enrolment was 90% white, we need more diverse trials",
        "read the full paper here https://doi.org/10.1056/NEJMoa2024",
        "summary: randomised, 1,200 patients, primary endpoint met",
        "what do #oncology folks think about the follow-up length?",
    ];

    private static readonly string[] Closers = ["", " #ASCO25", " 🤔", " Thoughts?", " Worth reading.", " Disappointing.", " Game changer!!!", " @user"];

    public static IReadOnlyList<ClassificationInput> Create(int count, int seed = 42)
    {
        Random random = new(seed);
        ClassificationInput[] posts = new ClassificationInput[count];
        for (int i = 0; i < count; i++)
        {
            string text = $"{Openers[random.Next(Openers.Length)]} {Bodies[random.Next(Bodies.Length)]}.{Closers[random.Next(Closers.Length)]}";
            posts[i] = new ClassificationInput(text, "Tisagenlecleucel in Children and Young Adults with B-Cell Lymphoblastic Leukemia");
        }
        return posts;
    }
}
