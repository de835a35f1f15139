using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Input;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class PublicationScreenPagingTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>150 more posts on the running example, all newer than the fixture's, so the table needs two pages.</summary>
    private void AddPosts()
    {
        Author author = new()
        {
            Platform = Platform.X, AccountId = "many", Handle = "many", DisplayName = "Many Posts",
            ProfileSeenAt = FixtureDatabase.Day0,
        };
        ParsedRecord[] records = Enumerable.Range(0, 150).Select(i => new ParsedRecord(new Post
        {
            Platform = Platform.X, PlatformId = "many" + i, Url = "https://example.org/many/" + i,
            CreatedAt = FixtureDatabase.Day0.AddDays(30).AddMinutes(i), AuthorKey = author.Key, AuthorHandle = author.Handle,
            Text = "post number " + i, Links = [],
            Matches = [new PublicationMatch(FixtureDatabase.Blina, MatchKind.DoiLink, "doi")],
        }, author)).ToArray();
        _db.Store.UpsertBatch(records);
    }

    [Fact]
    public void PostsTable_SelectionReachesTheLastRow_LoadsTheNextPage()
    {
        AddPosts();
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);
        PublicationScreen screen = Assert.IsType<PublicationScreen>(ui.Window.Current);
        Assert.Equal(FixtureDatabase.Blina, screen.Presenter.Publication.Key);
        Assert.Equal(100, screen.PostRows.Count);
        Assert.Contains("Posts: 100 posts (more at the end) · newest first", ui.Screen);

        for (int i = 0; i < 10; i++) // ~16 rows per page at 120x40: past row 99, where the next page is read
            ui.Press(Key.PageDown);

        Assert.Equal(162, screen.PostRows.Count);
        Assert.Equal("x:many149", screen.PostRows[0].Key);
        Assert.Contains("Posts: 162 posts · newest first", ui.Screen);
    }
}
