using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Import;
using SentimentMonitor.Core.Matching;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Sources.Tests.Import;

/// <summary>
/// Profiles carrying terminal control sequences are cleaned where they are parsed, so the stored handle, name and bio
/// are inert everywhere (exports, logs), while matching and de-duplication work as for any post.
/// </summary>
public sealed class HostileProfileImportTests : IDisposable
{
    private const string Doi = "10.1056/NEJMoa2214171";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-hostile-" + Guid.NewGuid().ToString("N"));
    private readonly LiteDbStore _store;
    private readonly PublicationMatcher _matcher = new([new Publication { Key = Doi.ToLowerInvariant(), Doi = Doi, Title = "Blinatumomab in infants", TrackedAt = DateTimeOffset.UnixEpoch }]);

    public HostileProfileImportTests()
    {
        Directory.CreateDirectory(_folder);
        _store = LiteDbStore.Open(Path.Combine(_folder, "monitor.db"));
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // JSON escapes: ESC [2J (clear screen), OSC 52 clipboard write ended by BEL, C1 CSI (U+009B), RLO bidi override.
    private const string TwarcPage = """{"data":[{"id":"2001","author_id":"u9","created_at":"2023-04-27T12:00:00.000Z","text":"Read https://doi.org/10.1056/NEJMoa2214171 now"},{"id":"2002","author_id":"u9","created_at":"2023-04-27T13:00:00.000Z","text":"Second post, no link"}],"includes":{"users":[{"id":"u9","username":"evil\u001b[2J_doc","name":"Dr \u001b]52;c;ZXZpbA==\u0007Evil\u009b31m","description":"Oncologist\u202e at\nSt Elsewhere\u001b[0m","public_metrics":{"followers_count":7}}]}}""";

    [Fact]
    public void Import_Twarc2PageWithHostileProfile_StoresCleanProfileAndStillMatchesAndDeduplicates()
    {
        ImportSummary first = Import(ImportFormat.X, TwarcPage + "\n", "hostile.jsonl");
        ImportSummary again = Import(ImportFormat.X, TwarcPage + "\n", "hostile.jsonl");

        Author author = _store.GetAuthor("x:u9")!;
        Assert.Equal("evil_doc", author.Handle);
        Assert.Equal("Dr Evil", author.DisplayName);
        Assert.Equal("Oncologist at\nSt Elsewhere", author.Bio);
        Assert.Equal((2, 0), (first.New, first.Duplicates));
        Assert.Equal((0, 2), (again.New, again.Duplicates));
        Assert.Equal(2, _store.CountPosts());
        Assert.Equal(["x:2001"], _store.Query(new PostQuery { PublicationKey = Doi.ToLowerInvariant() }).Select(p => p.Key));
        Assert.All(_store.Query(new PostQuery()), p => Assert.Equal("evil_doc", p.AuthorHandle));
        Assert.Single(_store.FindAuthorsByHandle("@Evil_Doc"));
        Assert.Single(_store.FindAuthorsByHandle("evil\u001b[2J_doc")); // typed as the hostile original: cleaned the same way
        Assert.Equal(["x:2001"], _store.Query(new PostQuery { PublicationKey = Doi.ToLowerInvariant(), MayContain = "dr evil" }).Select(p => p.Key));
    }

    [Fact]
    public void Import_TwarcCsvWithHostileProfile_StoresCleanProfile()
    {
        string csv = "id,author_id,created_at,text,author.username,author.name,author.description\n"
            + "3001,u7,2023-04-27T12:00:00.000Z,\"See https://doi.org/10.1056/NEJMoa2214171\",\"pa\u001b]8;;http://x.example\u001b\\ul\",\"Paul\u0085 \u0007Smith\",\"RN\u001bP1;2|secret\u001b\\ in ICU\"\n";

        ImportSummary summary = Import(ImportFormat.Csv, csv, "hostile.csv");

        Assert.Equal(1, summary.New);
        Author author = _store.GetAuthor("x:u7")!;
        Assert.Equal("paul", author.Handle);
        Assert.Equal("Paul Smith", author.DisplayName);
        Assert.Equal("RN in ICU", author.Bio);
        Assert.Equal(1, _store.Count(new PostQuery { PublicationKey = Doi.ToLowerInvariant() }));
    }

    [Fact]
    public void Import_DocumentedCsvWithHandleOfControlsOnly_RejectsTheRowWithAPrintableError()
    {
        string csv = "platform,id,created_at,author_handle,author_name,author_bio,text,url,links\n"
            + "x,4001,2023-04-27T12:00:00Z,\"\u001b[2J\u0007\",Name,Bio,text,,\n"
            + "x,4002,2023-04-27T12:00:00Z,ok\u009b2Jhandle,\"Na\u001b[1mme\",Bio,text,,\n";
        List<RejectedRecord> rejected = [];

        ImportSummary summary = Import(ImportFormat.Csv, csv, "documented.csv", rejected.Add);

        Assert.Equal(1, summary.New);
        RejectedRecord bad = Assert.Single(rejected);
        Assert.Contains("author_handle", bad.ToString());
        Assert.DoesNotContain(bad.ToString(), c => c < ' ' || c is >= '\u007f' and <= '\u009f');
        Assert.Equal("okhandle", _store.Query(new PostQuery()).Single().AuthorHandle);
    }

    private ImportSummary Import(ImportFormat format, string payload, string name, Action<RejectedRecord>? onRejected = null)
    {
        ImportService service = new(_store, _matcher.Match, new ImportOptions(BatchSize: 10));
        using MemoryStream stream = new(Encoding.UTF8.GetBytes(payload));
        return service.Import(RecordParsers.For(format), stream, name, onRejected);
    }
}
