using System.Globalization;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// Decides what the post detail shows (full text, links, match, author evidence, model probabilities, metrics,
/// permalink) and applies corrections as human labels through the ports.
/// </summary>
public sealed class PostDetailPresenter
{
    private readonly DashboardPorts _ports;

    public PostDetailPresenter(DashboardPorts ports, string postKey)
    {
        _ports = ports ?? throw new ArgumentNullException(nameof(ports));
        ArgumentException.ThrowIfNullOrEmpty(postKey);
        PostKey = postKey;
        Reload();
    }

    public string PostKey { get; }
    public Post Post { get; private set; } = null!;
    public Author? Author { get; private set; }

    public void Reload()
    {
        Post = _ports.Posts.GetPost(PostKey) ?? throw new InvalidOperationException($"post {PostKey} is no longer stored");
        Author = _ports.Posts.GetAuthor(Post.AuthorKey);
    }

    /// <summary>The detail text; every untrusted string is sanitized (newlines kept in the post text and bio).</summary>
    public IReadOnlyList<string> Lines()
    {
        Post p = Post;
        List<string> lines = [];
        string name = Author?.DisplayName is { Length: > 0 } dn ? $" ({TerminalText.Sanitize(dn)})" : "";
        lines.Add($"@{TerminalText.Sanitize(p.AuthorHandle).TrimStart('@')}{name} · {DomainSlugs.Slug(p.Platform)} · {Display.Time(p.CreatedAt)} UTC · {DomainSlugs.Slug(p.Relation)}");
        lines.Add("Permalink: " + (p.Url is null ? "–" : TerminalText.Sanitize(p.Url)) + "   (y copies)");
        lines.Add("");
        lines.AddRange(TerminalText.Sanitize(p.Text, keepNewlines: true).Split('\n'));
        lines.Add("");
        lines.Add("Sentiment: " + SentimentLine(p));
        lines.Add($"Evaluating: {(p.Evaluating switch { true => "yes", false => "no", null => "–" })}   Aspects: {Aspects(p)}");
        lines.Add("Matched: " + (p.Matches.Count == 0 ? "–" : string.Join("; ", p.Matches.Select(m => $"{DomainSlugs.Slug(m.Kind)} \"{TerminalText.ForCell(m.Evidence, 60)}\""))));
        if (p.Links.Count > 0)
        {
            lines.Add("Links:");
            lines.AddRange(p.Links.Select(l => "  " + TerminalText.Sanitize(l)));
        }
        lines.Add("");
        lines.AddRange(AuthorLines());
        PostMetrics m = p.Metrics;
        lines.Add($"Metrics: {m.Likes} likes · {m.Reposts} reposts · {m.Replies} replies · {m.Quotes} quotes"
            + (m.Impressions is { } imp ? $" · {imp} impressions" : ""));
        return lines;
    }

    /// <summary>The "Correct" list: sentiment, aspects (toggles), author role and specialty; current state marked ●/[x].</summary>
    public IReadOnlyList<LabelChoice> Choices()
    {
        List<LabelChoice> list = [];
        Sentiment? effective = Post.EffectiveSentiment;
        foreach (Sentiment s in new[] { Sentiment.Positive, Sentiment.Neutral, Sentiment.Negative })
            list.Add(new LabelChoice($"{Mark(effective == s)} sentiment {DomainSlugs.Slug(s)}", LabelChoiceKind.PostSentiment, Sentiment: s));
        list.Add(new LabelChoice("  sentiment: use the model's", LabelChoiceKind.ClearPostSentiment));
        foreach (Aspect a in Enum.GetValues<Aspect>())
            list.Add(new LabelChoice($"[{(Post.EffectiveAspects.Contains(a) ? "x" : " ")}] aspect {DomainSlugs.Slug(a)}", LabelChoiceKind.ToggleAspect, Aspect: a));
        list.Add(new LabelChoice("  aspects: use the model's", LabelChoiceKind.ClearAspects));
        AuthorClassification? who = Author?.Effective;
        foreach (AuthorRole r in Enum.GetValues<AuthorRole>().Where(r => r != AuthorRole.Unknown))
            list.Add(new LabelChoice($"{Mark(who?.Role == r)} author is {DomainSlugs.Slug(r)}", LabelChoiceKind.AuthorRole, Role: r));
        foreach (Specialty s in Enum.GetValues<Specialty>().Where(s => s != Specialty.Unknown))
            list.Add(new LabelChoice($"{Mark(who?.Role == AuthorRole.Clinician && who.Specialty == s)} clinician: {DomainSlugs.Slug(s)}", LabelChoiceKind.AuthorSpecialty, Specialty: s));
        list.Add(new LabelChoice("  author: use the classifier's", LabelChoiceKind.ClearAuthor));
        return list;
    }

    /// <summary>Stores the choice as a human label and re-reads the post; returns a one-line status.</summary>
    public string Apply(LabelChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        string result;
        switch (choice.Kind)
        {
            case LabelChoiceKind.PostSentiment:
                _ports.Posts.SetHumanLabels(PostKey, choice.Sentiment, Post.HumanAspects);
                result = $"sentiment set to {DomainSlugs.Slug(choice.Sentiment!.Value)} (human label)";
                break;
            case LabelChoiceKind.ClearPostSentiment:
                _ports.Posts.SetHumanLabels(PostKey, null, Post.HumanAspects);
                result = "sentiment: back to the model's";
                break;
            case LabelChoiceKind.ToggleAspect:
                Aspect a = choice.Aspect!.Value;
                List<Aspect> aspects = Post.EffectiveAspects.ToList();
                if (!aspects.Remove(a))
                    aspects.Add(a);
                _ports.Posts.SetHumanLabels(PostKey, Post.HumanSentiment, aspects.OrderBy(x => x).ToArray());
                result = $"aspects: {(aspects.Count == 0 ? "none" : string.Join(", ", aspects.OrderBy(x => x).Select(DomainSlugs.Slug)))} (human label)";
                break;
            case LabelChoiceKind.ClearAspects:
                _ports.Posts.SetHumanLabels(PostKey, Post.HumanSentiment, null);
                result = "aspects: back to the model's";
                break;
            case LabelChoiceKind.AuthorRole or LabelChoiceKind.AuthorSpecialty:
                result = SetAuthor(choice);
                break;
            case LabelChoiceKind.ClearAuthor:
                _ports.Posts.SetHumanAuthorLabel(Post.AuthorKey, null);
                result = "author: back to the classifier's";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(choice));
        }
        Reload();
        return result;
    }

    private string SetAuthor(LabelChoice choice)
    {
        AuthorClassification? current = Author?.Effective;
        AuthorRole role = choice.Role ?? AuthorRole.Clinician;
        Specialty specialty = choice.Specialty ?? (role == AuthorRole.Clinician ? current?.Specialty ?? Specialty.Unknown : Specialty.Unknown);
        CareerStage stage = role == AuthorRole.Clinician ? current?.Stage ?? CareerStage.Unknown : CareerStage.Unknown;
        _ports.Posts.SetHumanAuthorLabel(Post.AuthorKey, new AuthorClassification(role, specialty, stage, ["set in the dashboard"], "human"));
        return $"author set to {Display.Role(new AuthorClassification(role, specialty, stage, [], "human"))} (human label)";
    }

    private IEnumerable<string> AuthorLines()
    {
        if (Author is not { } a)
            return ["Author: not stored"];
        List<string> lines = [];
        AuthorClassification? c = a.Effective;
        string who = c is null ? "not classified" : $"{DomainSlugs.Slug(c.Role)} · {DomainSlugs.Slug(c.Specialty)} · {DomainSlugs.Slug(c.Stage)} (by {TerminalText.Sanitize(c.Source)})";
        lines.Add("Author: " + who + (a.Human is not null && a.Machine is { } mc ? $"; classifier said {DomainSlugs.Slug(mc.Role)}/{DomainSlugs.Slug(mc.Specialty)}" : ""));
        if (c is { Evidence.Count: > 0 })
            lines.Add("  Evidence: " + string.Join(", ", c.Evidence.Select(e => "\"" + TerminalText.Sanitize(e) + "\"")));
        if (!string.IsNullOrWhiteSpace(a.Bio))
            lines.AddRange(TerminalText.Sanitize(a.Bio, keepNewlines: true).Split('\n').Select((l, i) => (i == 0 ? "  Bio: " : "       ") + l));
        lines.Add($"  Followers: {(a.Followers?.ToString(CultureInfo.InvariantCulture) ?? "–")} · verified: {TerminalText.Sanitize(a.VerifiedType ?? "–")} · bot: {(a.IsBot ? "yes" : "no")}");
        return lines;
    }

    private static string SentimentLine(Post p)
    {
        string model = p.Sentiment is { } m
            ? $"model {TerminalText.Sanitize(m.ModelVersion)}: neg {F(m.Negative)} neu {F(m.Neutral)} pos {F(m.Positive)} → {DomainSlugs.Slug(m.Label)}"
            : "not classified";
        return p.HumanSentiment is { } h ? $"{DomainSlugs.Slug(h)} (human label; {model})" : model;
    }

    private static string Aspects(Post p)
    {
        string list = p.EffectiveAspects.Count == 0 ? "none" : string.Join(", ", p.EffectiveAspects.Select(DomainSlugs.Slug));
        return list + (p.HumanAspects is null ? p.Aspects is null ? "" : " (model)" : " (human label)");
    }

    private static string Mark(bool on) => on ? "●" : "○";

    private static string F(float v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
