using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>What a line of the "Correct" list does when chosen.</summary>
public enum LabelChoiceKind
{
    PostSentiment,
    ClearPostSentiment,
    ToggleAspect,
    ClearAspects,
    AuthorRole,
    AuthorSpecialty,
    ClearAuthor,
}

/// <summary>One line of the "Correct" list of the post detail: its text (with the current state marked) and its effect.</summary>
public sealed record LabelChoice(string Text, LabelChoiceKind Kind, Sentiment? Sentiment = null, Aspect? Aspect = null, AuthorRole? Role = null, Specialty? Specialty = null);
