using System.Globalization;
using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Binding the presenter's output to the views; column widths follow the terminal width.</summary>
public sealed partial class PublicationScreen
{
    private void Render(bool postsToo)
    {
        _headline.Text = _presenter.Headline();
        _chartFrame.Title = "Trend: " + _presenter.ChartCaption();
        _chart.Points = _presenter.Trend();
        IReadOnlyList<BreakdownLine> lines = _presenter.Breakdowns();
        int width = Window.ScreenWidth;
        _breakdownFrame.Title = "Breakdown (" + _presenter.ChartFilter.Describe() + ")";
        Tables.Bind(_breakdown, lines, new()
        {
            ["Group"] = l => l.Group,
            [width < 130 ? "n" : "Posts"] = l => l.Posts,
            [width < 130 ? "%" : "Share"] = l => l.Share,
            ["Net ±95%"] = l => l.Net,
        });
        _breakdown.Style.GetOrCreateColumnStyle(0).MaxWidth = width < 130 ? 12 : width < 160 ? 20 : 32;
        if (postsToo)
            RenderPosts();
        SetNeedsDraw();
    }

    private void RenderPosts() => BindPosts(_presenter.Posts());

    /// <summary>
    /// The next page of posts when the selection reaches the last row (pages keep a paper or filter switch to one
    /// page of reads; see PublicationPresenter.PageRows). The guard stops the rebind's own selection event re-entering.
    /// </summary>
    private void OnPostSelectionChanged(int row)
    {
        if (_loadingMore || row < _rows.Count - 1 || !_presenter.HasMorePosts)
            return;
        _loadingMore = true;
        try
        {
            BindPosts(_presenter.MorePosts());
        }
        finally
        {
            _loadingMore = false;
        }
    }

    private bool _loadingMore;

    private void BindPosts(IReadOnlyList<PostRow> rows)
    {
        _rows = rows;
        int width = Window.ScreenWidth;
        bool narrow = width < 160; // compact time and platform below 160 columns, so the text keeps room
        Tables.Bind(_posts, _rows, new()
        {
            ["Time"] = r => narrow ? r.CreatedAt.UtcDateTime.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) : r.Time,
            ["On"] = r => narrow ? ShortPlatform(r.Platform) : r.Platform,
            ["Author"] = r => r.Author,
            ["Role"] = r => r.Role,
            ["Sent."] = r => r.Sentiment,
            ["Eval"] = r => r.Evaluating,
            [narrow ? "Aspect" : "Aspects"] = r => r.Aspects,
            ["Text"] = r => r.Text,
        });
        int[] maxWidths = width < 120 ? [11, 4, 10, 10, 8, 4, 6] : narrow ? [11, 4, 16, 16, 9, 4, 12] : [16, 8, 20, 28, 9, 4, 20];
        for (int i = 0; i < maxWidths.Length; i++)
            _posts.Style.GetOrCreateColumnStyle(i).MaxWidth = maxWidths[i];
        _postsFrame.Title = "Posts: " + _presenter.PostsCaption(_rows.Count);
    }

    private static string ShortPlatform(string slug) => slug switch
    {
        "bluesky" => "bsky",
        "mastodon" => "mast",
        _ => slug,
    };

    public override IReadOnlyList<string> HelpLines =>
    [
        .. StaticHelpLines,
        .. LiveHelpLines(),
    ];

    private static readonly string[] StaticHelpLines =
    [
        "Publication: trend, breakdowns and posts of one paper.",
        "Chart (top left): stacked posts per day or week (█ positive, ▒ neutral, ░ negative), and below it net",
        "  sentiment (pos − neg)/(pos + neg) on −1…+1: ● the value, │ its 95% interval (wide = few posts).",
        "  w day/week · c clinicians only / everyone · p cycle platform · s cycle specialty (chart and breakdowns)",
        "Breakdown (top right): posts, share and net sentiment by role, specialty, aspect and platform.",
        "Posts (bottom): Enter opens a post (full text, evidence, probabilities; correct its labels there).",
        "  o cycle order (newest, engagement, sentiment, confidence, author, platform) · O reverse",
        "  / filter: words and tokens, Enter applies, x clears, Esc leaves the box. Tokens:",
        "    role:clinician|researcher|public|communicator|organization   spec:hematology (any specialty slug)",
        "    sent:pos|neu|neg   on:x|bluesky|mastodon   aspect:safety   from:2024-03-01   to:2024-03-31",
        "  e.g.  role:clinician sent:neg aspect:safety relapse",
        "  ✎ marks a human label (it wins over the model everywhere).",
        "L starts a live collection for this paper when credentials are set (progress in the status line).",
    ];
}
