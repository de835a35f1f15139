using System.Collections.ObjectModel;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// One post in full (text, links, match, author evidence, probabilities, metrics, permalink) and the "Correct" list
/// that stores human labels for the post's sentiment and aspects and the author's role and specialty.
/// </summary>
public sealed class PostDetailScreen : DashboardScreen
{
    private readonly PostDetailPresenter _presenter;
    private readonly TextPane _text;
    private readonly ListView _choices;
    private readonly FrameView _detailFrame, _choicesFrame;
    private IReadOnlyList<LabelChoice> _choiceList = [];

    public PostDetailScreen(DashboardWindow window, string postKey) : base(window)
    {
        _presenter = new PostDetailPresenter(window.Ports, postKey);
        _text = new TextPane { Width = Dim.Fill(), Height = Dim.Fill() };
        _detailFrame = new FrameView { X = 0, Y = 0, Width = Dim.Percent(62), Height = Dim.Fill(), Title = "Post", HotKeySpecifier = DashboardWindow.NoHotKey };
        _detailFrame.Add(_text);
        _choices = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        _choices.Accepting += (_, e) =>
        {
            ApplySelected();
            e.Handled = true;
        };
        _choicesFrame = new FrameView { X = Pos.Right(_detailFrame), Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Title = "Correct (Enter applies)", HotKeySpecifier = DashboardWindow.NoHotKey };
        _choicesFrame.Add(_choices);
        Add(_detailFrame, _choicesFrame);
        Render();
    }

    public override string Heading => "Post " + Core.Text.TerminalText.ForCell(_presenter.Post.AuthorHandle, 30);

    /// <summary>Every key fits on one line at 80 columns (the full wording needs about 100).</summary>
    public override string KeyHints => Window.ScreenWidth < 100
        ? "Tab pane │ Enter apply │ + = - sentiment │ y copy link │ Esc │ F1 help"
        : "Tab text/correct │ Enter apply │ + = - sentiment │ y copy link │ Esc back │ F1 help";

    public override IReadOnlyList<string> HelpLines =>
    [
        "Post detail: the full post and why the tool classed it and its author as it did.",
        "Correct the machine (stored as human labels that win in stats, charts and exports, and survive reclassification):",
        "  Tab to the Correct list, ↑↓ to a line, Enter applies it:",
        "    sentiment positive / neutral / negative, or back to the model's",
        "    [x] aspects toggle one by one, or back to the model's",
        "    author role, or clinician with a specialty, or back to the classifier's",
        "  Shortcuts: + positive · = neutral · - negative",
        "y copies the permalink (when the terminal allows); it is also shown in full to select with the mouse.",
    ];

    public override IReadOnlyList<View> Panes => [_text, _choices];

    /// <summary>The detail text as shown (tests read it).</summary>
    public string DetailText => _text.Text;

    public IReadOnlyList<LabelChoice> Choices => _choiceList;

    public override void FocusFirst() => _choices.SetFocus();

    public override void RefreshData()
    {
        _presenter.Reload();
        Render();
    }

    public override bool HandleKey(Key key)
    {
        if (key == Key.Enter && _choices.HasFocus)
        {
            ApplySelected();
            return true;
        }
        switch (key.AsRune.Value)
        {
            case '+':
                Apply(new LabelChoice("", LabelChoiceKind.PostSentiment, Sentiment: Sentiment.Positive));
                return true;
            case '=':
                Apply(new LabelChoice("", LabelChoiceKind.PostSentiment, Sentiment: Sentiment.Neutral));
                return true;
            case '-':
                Apply(new LabelChoice("", LabelChoiceKind.PostSentiment, Sentiment: Sentiment.Negative));
                return true;
            case 'y':
                CopyPermalink();
                return true;
            default:
                return false;
        }
    }

    private void ApplySelected()
    {
        if (_choices.SelectedItem is int i && i >= 0 && i < _choiceList.Count)
            Apply(_choiceList[i]);
    }

    private void Apply(LabelChoice choice)
    {
        string result = _presenter.Apply(choice);
        Render();
        Window.Say(result);
    }

    private void CopyPermalink()
    {
        string? url = _presenter.Post.Url;
        if (url is null)
        {
            Window.Say("this post has no permalink");
            return;
        }
        bool copied = App?.Clipboard?.TrySetClipboardData(url) ?? false;
        Window.Say(copied ? "permalink copied" : "clipboard not available: select the permalink with the mouse");
    }

    private void Render()
    {
        int? selected = _choices.SelectedItem;
        _text.Lines = _presenter.Lines();
        _choiceList = _presenter.Choices();
        _choices.SetSource(new ObservableCollection<string>(_choiceList.Select(c => c.Text)));
        if (selected is int s && s < _choiceList.Count)
            _choices.SelectedItem = s;
        SetNeedsDraw();
    }
}
