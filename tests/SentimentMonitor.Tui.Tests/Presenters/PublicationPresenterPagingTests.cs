using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Tests.Fixtures;

namespace SentimentMonitor.Tui.Tests.Presenters;

public sealed class PublicationPresenterPagingTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private PublicationPresenter Presenter(int pageRows, int scanStep = 2_000) =>
        new(_db.Ports, _db.Store.Find(FixtureDatabase.Blina)!) { PageRows = pageRows, ScanStep = scanStep };

    [Fact]
    public void Posts_SmallPages_GrowPageByPageToTheWholeList()
    {
        string[] all = Presenter(100).Posts().Select(r => r.Key).ToArray();
        PublicationPresenter p = Presenter(5);

        IReadOnlyList<PostRow> first = p.Posts();
        Assert.Equal(all.Take(5), first.Select(r => r.Key));
        Assert.True(p.HasMorePosts);
        Assert.Equal("5 posts (more at the end) · newest first", p.PostsCaption(first.Count));

        Assert.Equal(all.Take(10), p.MorePosts().Select(r => r.Key));
        IReadOnlyList<PostRow> last = p.MorePosts();

        Assert.Equal(all, last.Select(r => r.Key));
        Assert.False(p.HasMorePosts);
        Assert.Equal("12 posts · newest first", p.PostsCaption(last.Count));
        Assert.Equal(all, p.MorePosts().Select(r => r.Key));
    }

    [Theory]
    [InlineData("infants")]
    [InlineData("role:clinician sent:neg")]
    [InlineData("role:public HOPE")]
    public void MorePosts_SearchInSmallSteps_EndsWithTheSameRowsAsOneStep(string search)
    {
        PublicationPresenter whole = Presenter(100);
        whole.SetSearch(search);
        string[] expected = whole.Posts().Select(r => r.Key).ToArray();
        PublicationPresenter stepped = Presenter(1, scanStep: 2);
        stepped.SetSearch(search);

        IReadOnlyList<PostRow> rows = stepped.Posts();
        for (int i = 0; i < 20 && stepped.HasMorePosts; i++)
            rows = stepped.MorePosts();

        Assert.False(stepped.HasMorePosts);
        Assert.Equal(expected, rows.Select(r => r.Key));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void PostsCaption_TextSearchPartway_SaysHowFarBackItSearched()
    {
        // One character has no bigram, so the word index cannot narrow it: every post is a candidate.
        PublicationPresenter p = Presenter(100, scanStep: 4);
        p.SetSearch("ж");

        IReadOnlyList<PostRow> rows = p.Posts();

        Assert.Empty(rows);
        Assert.True(p.HasMorePosts);
        Assert.Equal(4, p.LastScan.Scanned);
        Assert.Matches(@"^0 posts \(searched back to \d{4}-\d\d-\d\d, more at the end\) · newest first · filter: ж$", p.PostsCaption(rows.Count));
    }

    [Fact]
    public void Posts_WordMatchingNothing_AnsweredByTheWordIndexWithoutExaminingPosts()
    {
        PublicationPresenter p = Presenter(100, scanStep: 4);
        p.SetSearch("zzzz-no-such-word");

        IReadOnlyList<PostRow> rows = p.Posts();

        Assert.Empty(rows);
        Assert.False(p.HasMorePosts);
        Assert.Equal(0, p.LastScan.Scanned);
        Assert.Equal("0 posts · newest first · filter: zzzz-no-such-word", p.PostsCaption(rows.Count));
    }
}
