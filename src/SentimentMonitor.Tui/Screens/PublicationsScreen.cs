using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Every tracked paper: posts, clinician posts, clinician net sentiment ±95% (n), 7-day trend arrow, last post.</summary>
public sealed class PublicationsScreen : DashboardScreen
{
    private readonly PublicationListPresenter _presenter;
    private readonly TableView _table;
    private readonly Label _hint;
    private IReadOnlyList<PublicationRow> _rows = [];
    private Task<IReadOnlyList<PublicationRow>>? _preloaded;

    /// <param name="preloaded">Rows being read while the terminal initialises (first paint sooner); null reads now.</param>
    public PublicationsScreen(DashboardWindow window, Task<IReadOnlyList<PublicationRow>>? preloaded = null) : base(window)
    {
        _preloaded = preloaded;
        _presenter = new PublicationListPresenter(window.Ports);
        _hint = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, HotKeySpecifier = DashboardWindow.NoHotKey };
        _table = Tables.Create();
        _table.X = 0;
        _table.Y = 1;
        _table.Width = Dim.Fill();
        _table.Height = Dim.Fill();
        _table.Accepting += (_, e) =>
        {
            Open();
            e.Handled = true;
        };
        Add(_hint, _table);
        RefreshData();
    }

    public override string Heading => "Publications";

    public override string KeyHints => "Enter open │ ↑↓ move │ F5 refresh │ F1 help │ q quit";

    public override IReadOnlyList<string> HelpLines =>
    [
        "Publications: every tracked paper.",
        "  Posts        posts citing the paper (all platforms)",
        "  Clin.        posts by authors classed as clinicians",
        "  Clin. net    (pos − neg)/(pos + neg) of clinician posts, ± half the 95% Wilson interval, n = pos + neg",
        "  7d           clinician net of the last 7 days of activity vs the 7 before: ↑ ↓ → (· = too few posts)",
        "Enter opens a paper's trend, breakdowns and posts.",
    ];

    public override IReadOnlyList<View> Panes => [_table];

    public IReadOnlyList<PublicationRow> Rows => _rows;

    /// <summary>The paper Enter would open (the row under the cursor), or null with no papers.</summary>
    public Core.Domain.Publication? SelectedPublication => Tables.Selected(_table, _rows)?.Summary.Publication ?? _rows.FirstOrDefault()?.Summary.Publication;

    public override void RefreshData()
    {
        _rows = TakePreloaded() ?? _presenter.Load();
        Tables.Bind(_table, _rows, new()
        {
            ["Paper"] = r => r.Paper,
            ["Posts"] = r => r.Posts,
            ["Clin."] = r => r.ClinicianPosts,
            ["Clin. net ±95%"] = r => r.ClinicianNet,
            ["7d"] = r => r.Trend,
            ["Last post (UTC)"] = r => r.LastPost,
        });
        // The paper's title takes what the numbers leave (they need ~52 columns).
        _table.Style.GetOrCreateColumnStyle(0).MaxWidth = Math.Max(20, Window.ScreenWidth - 56);
        _hint.Text = _rows.Count == 0
            ? "No publications tracked yet: run `sentimentmonitor track --doi …`, then import or collect posts."
            : $"{_rows.Count} publication(s) · Enter opens one";
    }

    /// <summary>
    /// Coming back from a paper does not re-read every paper's counts (costly at a million posts); the refresh timer
    /// and F5 do, so a relabel shows here within one refresh interval.
    /// </summary>
    public override void OnReturn()
    {
    }

    public override bool HandleKey(Key key)
    {
        if (key == Key.Enter)
        {
            Open();
            return true;
        }
        return false;
    }

    private IReadOnlyList<PublicationRow>? TakePreloaded()
    {
        Task<IReadOnlyList<PublicationRow>>? task = _preloaded;
        _preloaded = null;
        if (task is null)
            return null;
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            DashboardLog.Write(ex, "preloading publications failed; reading again");
            return null;
        }
    }

    private void Open()
    {
        if (Tables.Selected(_table, _rows) is { } row)
            Window.Push(new PublicationScreen(Window, row.Summary.Publication));
    }
}
