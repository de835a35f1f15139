using System.Globalization;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>Turns a post and its author into a <see cref="PostRow"/>; all untrusted text goes through <see cref="TerminalText"/>.</summary>
public static class PostRows
{
    /// <summary>Widest a text cell gets before the table cuts it further; long enough for 200-column terminals.</summary>
    public const int MaxTextWidth = 160;

    public static PostRow From(Post post, Author? author)
    {
        ArgumentNullException.ThrowIfNull(post);
        string sentiment = post.HumanSentiment is { } human
            ? Display.Sentiment(human) + " ✎"
            : post.Sentiment is { } m ? $"{Display.Sentiment(m.Label)} {m.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}" : "–";
        string evaluating = post.Evaluating switch { true => "yes", false => "no", null => "–" };
        string aspects = string.Join(",", post.EffectiveAspects.Select(Short)) + (post.HumanAspects is null ? "" : " ✎");
        return new PostRow(
            post.Key,
            Display.Time(post.CreatedAt),
            DomainSlugs.Slug(post.Platform),
            TerminalText.ForCell("@" + post.AuthorHandle.TrimStart('@'), 24),
            Display.Role(author?.Effective) + (author?.Human is null ? "" : " ✎"),
            sentiment,
            evaluating,
            aspects.Trim(),
            TerminalText.ForCell(post.Text, MaxTextWidth),
            post.CreatedAt,
            post.EffectiveSentiment,
            post.HumanSentiment is null ? post.Sentiment?.Confidence ?? 0 : 1,
            post.Metrics.Engagement);
    }

    /// <summary>Short aspect names for narrow cells.</summary>
    public static string Short(Aspect aspect) => aspect switch
    {
        Aspect.Efficacy => "eff",
        Aspect.Safety => "safety",
        Aspect.StudyDesign => "design",
        Aspect.CostAccess => "cost",
        Aspect.ConflictOfInterest => "coi",
        Aspect.PracticeChange => "practice",
        Aspect.Equity => "equity",
        _ => DomainSlugs.Slug(aspect),
    };
}
