using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// One paper: headline numbers, trend chart, breakdowns (role, specialty, aspect, platform) and the posts table with
/// its search box. Layout scales with the terminal: the chart and posts share the height, the breakdowns the width.
/// </summary>
public sealed partial class PublicationScreen : DashboardScreen
{
    private readonly PublicationPresenter _presenter;
    private readonly Label _title, _headline, _slash;
    private readonly FrameView _chartFrame, _breakdownFrame, _postsFrame;
    private readonly TrendChartView _chart;
    private readonly TableView _breakdown, _posts;
    private readonly TextField _search;
    private IReadOnlyList<PostRow> _rows = [];

    public PublicationScreen(DashboardWindow window, Publication publication) : base(window)
    {
        _presenter = new PublicationPresenter(window.Ports, publication);
        _title = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, HotKeySpecifier = DashboardWindow.NoHotKey };
        _headline = new Label { X = 0, Y = 1, Width = Dim.Fill(), Height = 1, HotKeySpecifier = DashboardWindow.NoHotKey };
        _chart = new TrendChartView { Width = Dim.Fill(), Height = Dim.Fill() };
        _chartFrame = Framed(_chart);
        _chartFrame.X = 0;
        _chartFrame.Y = 2;
        _chartFrame.Width = Dim.Percent(55);
        _chartFrame.Height = Dim.Percent(45);
        _breakdown = Tables.Create();
        _breakdown.Width = Dim.Fill();
        _breakdown.Height = Dim.Fill();
        _breakdownFrame = Framed(_breakdown);
        _breakdownFrame.X = Pos.Right(_chartFrame);
        _breakdownFrame.Y = 2;
        _breakdownFrame.Width = Dim.Fill();
        _breakdownFrame.Height = Dim.Height(_chartFrame);
        _slash = new Label { X = 0, Y = Pos.Bottom(_chartFrame), Width = 9, Height = 1, Text = "/ filter:", HotKeySpecifier = DashboardWindow.NoHotKey };
        _search = new TextField { X = Pos.Right(_slash) + 1, Y = Pos.Bottom(_chartFrame), Width = Dim.Fill(), Height = 1 };
        _posts = Tables.Create();
        _posts.Width = Dim.Fill();
        _posts.Height = Dim.Fill();
        _posts.Accepting += (_, e) =>
        {
            OpenSelectedPost();
            e.Handled = true;
        };
        _posts.ValueChanged += (_, e) =>
        {
            if (e.NewValue is { } selection)
                OnPostSelectionChanged(selection.SelectedCell.Y);
        };
        _postsFrame = Framed(_posts);
        _postsFrame.X = 0;
        _postsFrame.Y = Pos.Bottom(_search);
        _postsFrame.Width = Dim.Fill();
        _postsFrame.Height = Dim.Fill();
        Add(_title, _headline, _chartFrame, _breakdownFrame, _slash, _search, _postsFrame);
        _title.Text = Core.Text.TerminalText.ForCell(publication.DisplayName, 200) + (publication.Doi is { } doi ? "  doi:" + doi : "");
        StartWeeklyWhenDaysDoNotFit();
        Render(postsToo: true);
    }

    /// <summary>
    /// The chart shows the newest buckets that fit, so a paper followed for longer than the chart is wide would open
    /// without its first days, usually the launch peak (at 80 columns about 35 days fit). It opens weekly then;
    /// <c>w</c> still switches to days.
    /// </summary>
    private void StartWeeklyWhenDaysDoNotFit()
    {
        // Chart frame = 55% of the window's inside, less its own border and the axis labels.
        int chartColumns = (Window.ScreenWidth - 2) * 55 / 100 - 2 - TrendChartLayout.Margin;
        if (_presenter.Granularity == Core.Statistics.TrendGranularity.Day && _presenter.Trend().Count > chartColumns)
            _presenter.ToggleGranularity();
    }

    public override string Heading => Core.Text.TerminalText.ForCell(_presenter.Publication.DisplayName, 50);

    public override string KeyHints => Window.ScreenWidth < 130
        ? "Enter post │ / filter │ w c p s chart │ o sort │ L live │ Tab │ Esc │ F1 help"
        : "Enter post │ / filter │ w day/week │ c clin/all │ p platform │ s specialty │ o sort │ L live │ Tab pane │ Esc back │ F1 help";

    public override IReadOnlyList<View> Panes => [_posts, _chart, _breakdown, _search];

    /// <summary>Posts currently in the table, in display order (tests and the detail screen read it).</summary>
    public IReadOnlyList<PostRow> PostRows => _rows;

    public PublicationPresenter Presenter => _presenter;

    public override void RefreshData()
    {
        _presenter.Reload();
        Render(postsToo: true);
    }

    /// <summary>The timer: one cheap activity read; counts and posts are re-read only when posts were added or removed.</summary>
    public override void Poll()
    {
        if (!_presenter.ActivityChanged())
            return;
        _presenter.Reload();
        Render(postsToo: true);
    }

    public override bool HandleEscape()
    {
        if (!_search.HasFocus)
            return false;
        _posts.SetFocus();
        return true;
    }

    public override bool HandleKey(Key key)
    {
        if (key == Key.Enter)
        {
            if (_search.HasFocus)
                ApplySearch();
            else if (_posts.HasFocus)
                OpenSelectedPost();
            else
                return false;
            return true;
        }
        switch (key.AsRune.Value)
        {
            case '/':
                _search.SetFocus();
                return true;
            case 'w':
                _presenter.ToggleGranularity();
                break;
            case 'c':
                _presenter.ToggleClinicians();
                break;
            case 'p':
                _presenter.CyclePlatform();
                break;
            case 's':
                _presenter.CycleSpecialty();
                break;
            case 'o':
                _presenter.CycleSort();
                Render(postsToo: true);
                return true;
            case 'O':
                _presenter.ReverseSort();
                Render(postsToo: true);
                return true;
            case 'x':
                _search.Text = "";
                ApplySearch();
                return true;
            case 'L':
                StartLive();
                return true;
            default:
                return false;
        }
        Render(postsToo: false);
        return true;
    }

    private void ApplySearch()
    {
        IReadOnlyList<string> errors = _presenter.SetSearch(_search.Text);
        Render(postsToo: true);
        _posts.SetFocus();
        Window.Say(errors.Count == 0 ? null : string.Join("; ", errors) + " (F1: filter syntax)");
    }

    private void OpenSelectedPost()
    {
        if (Tables.Selected(_posts, _rows) is { } row)
            Window.Push(new PostDetailScreen(Window, row.Key));
    }

    private static FrameView Framed(View content)
    {
        FrameView frame = new() { HotKeySpecifier = DashboardWindow.NoHotKey, TabStop = TabBehavior.TabStop };
        frame.Add(content);
        return frame;
    }
}
