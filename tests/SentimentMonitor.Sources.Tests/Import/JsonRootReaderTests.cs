using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class JsonRootReaderTests
{
    private const string Status = """{"id":"1","uri":"https://a.example/s/1","created_at":"2024-01-01T00:00:00Z","content":"<p>hi</p>","account":{"url":"https://a.example/@a","acct":"a"}}""";

    private static List<ParseOutcome> Parse(byte[] bytes) =>
        RecordParsers.For(ImportFormat.Mastodon).Parse(new MemoryStream(bytes), "f.jsonl").ToList();

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsIgnored()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Status + "\n")];

        Assert.NotNull(Assert.Single(Parse(bytes)).Record);
    }

    [Fact]
    public void Parse_LinesLongerThanTheReadBuffer_AreReadWhole()
    {
        string longText = new('x', 300_000);
        string line = Status.Replace("<p>hi</p>", longText);

        List<ParseOutcome> outcomes = Parse(Encoding.UTF8.GetBytes(line + "\n" + line + "\n"));

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(300_000, o.Record!.Post.Text.Length));
    }

    [Fact]
    public void Parse_CutRecordFollowedByMoreLines_IsMalformedNotTruncated()
    {
        List<ParseOutcome> outcomes = Parse(Encoding.UTF8.GetBytes(Status[..40] + "\n" + Status + "\n"));

        Assert.Equal("malformed JSON: record ends before it is complete", outcomes[0].Rejected!.Reason);
        Assert.NotNull(outcomes[1].Record);
    }

    [Fact]
    public void Parse_BrokenFirstLineOfJsonLines_IsRejectedAndTheRestStreams()
    {
        List<ParseOutcome> outcomes = Parse(Encoding.UTF8.GetBytes(Status[..40] + "\n\n" + Status + "\n" + Status + "\n"));

        Assert.Equal([1L, 3L, 4L], outcomes.Select(o => o.Line));
        Assert.Equal("malformed JSON: record ends before it is complete", outcomes[0].Rejected!.Reason);
        Assert.NotNull(outcomes[1].Record);
        Assert.NotNull(outcomes[2].Record);
    }

    [Fact]
    public void Parse_TruncatedLastLineFollowedByBlankLines_IsStillTheTruncatedLastLine()
    {
        List<ParseOutcome> outcomes = Parse(Encoding.UTF8.GetBytes(Status + "\n" + Status[..50] + "\n\n"));

        Assert.Equal(JsonRootReaderReasons.Truncated, outcomes[1].Rejected!.Reason);
        Assert.Equal(2, outcomes[1].Line);
    }

    [Fact]
    public void Parse_SyntaxErrorOnLastLine_IsMalformedNotTruncated()
    {
        List<ParseOutcome> outcomes = Parse(Encoding.UTF8.GetBytes(Status + "\n{\"id\": nope}\n"));

        Assert.StartsWith("malformed JSON: ", outcomes[1].Rejected!.Reason);
    }

    [Fact]
    public void Parse_IndentedDocumentThatIsBroken_IsReportedLineByLineAndWholeLinesSalvaged()
    {
        List<ParseOutcome> outcomes = Parse(Encoding.UTF8.GetBytes("[\n" + Status + ",\n" + Status + "\n"));

        Assert.Equal([1L, 2L, 3L], outcomes.Select(o => o.Line));
        Assert.NotNull(outcomes[0].Rejected);
        Assert.NotNull(outcomes[1].Rejected);
        Assert.Equal("https://a.example/s/1", outcomes[2].Record!.Post.PlatformId);
    }

    [Fact]
    public void Parse_EmptyFile_ReportsNoPostsFound()
    {
        RejectedRecord rejected = Assert.Single(Parse([])).Rejected!;

        Assert.StartsWith("no posts found", rejected.Reason);
    }

    [Fact]
    public void Parse_Cancelled_StopsWithOperationCanceled()
    {
        using CancellationTokenSource cancel = new();
        cancel.Cancel();
        IEnumerable<ParseOutcome> outcomes = RecordParsers.For(ImportFormat.Mastodon).Parse(new MemoryStream(Encoding.UTF8.GetBytes(Status)), "f", cancel.Token);

        Assert.Throws<OperationCanceledException>(() => outcomes.ToList());
    }
}

/// <summary>The exact wording the import verb and the lead's acceptance rely on.</summary>
internal static class JsonRootReaderReasons
{
    public const string Truncated = "truncated last line";
}
