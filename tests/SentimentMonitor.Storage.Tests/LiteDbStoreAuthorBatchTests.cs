using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public class LiteDbStoreAuthorBatchTests
{
    [Fact]
    public void GetAuthors_SomeKeysStored_ReturnsThoseByKey()
    {
        using TempDatabase db = new();
        using LiteDbStore store = db.Open(shared: true);
        store.UpsertBatch([Records.Make("1", account: "u1"), Records.Make("2", account: "u2"), Records.Make("3", account: "u3")]);

        IReadOnlyDictionary<string, Author> found = ((IPostRepository)store).GetAuthors(["x:u1", "x:u3", "x:missing", "x:u1"]);

        Assert.Equal(["x:u1", "x:u3"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("h_u3", found["x:u3"].Handle);
        Assert.Empty(store.GetAuthors([]));
    }
}
