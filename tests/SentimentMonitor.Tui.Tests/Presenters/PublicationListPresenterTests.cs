using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Tests.Fixtures;

namespace SentimentMonitor.Tui.Tests.Presenters;

public sealed class PublicationListPresenterTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    [Fact]
    public void Load_FixtureDatabase_RowsWithCountsNetAndArrow()
    {
        IReadOnlyList<PublicationRow> rows = new PublicationListPresenter(_db.Ports).Load();

        Assert.Equal(2, rows.Count);
        PublicationRow blina = rows[0];
        Assert.Equal(("Blinatumomab in Infants with KMT2A-Rearranged ALL", 12L, 7), (blina.Paper, blina.Posts, blina.ClinicianPosts));
        Assert.Equal("+0.43 ±0.56 n=7", blina.ClinicianNet);
        Assert.Equal("↓", blina.Trend);
        Assert.Equal("2024-05-16 11:00", blina.LastPost);
        PublicationRow other = rows[1];
        Assert.Equal((2L, 0, "– n=0", "·"), (other.Posts, other.ClinicianPosts, other.ClinicianNet, other.Trend));
    }

    public void Dispose() => _db.Dispose();
}
