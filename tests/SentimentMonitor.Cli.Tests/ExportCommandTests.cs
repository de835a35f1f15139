using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private const string Doi = "10.1056/NEJMoa2214171";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task Seed()
    {
        await _cli.RunJson("track", "--doi", Doi, "--title", "Blinatumomab for infant ALL", "--json");
        await _cli.RunJson("import", _cli.Generated(50), "--format", "x", "--json");
        using LiteDbStore store = new(new LiteDbStoreOptions(_cli.Db));
        Post first = store.Query(new PostQuery { PublicationKey = "10.1056/nejmoa2214171", OldestFirst = true, Limit = 1 }).Single();
        store.SetMachineLabels([new PostLabels(first.Key, new SentimentPrediction(Sentiment.Negative, 0.7f, 0.2f, 0.1f, "m1"), true, [Aspect.Safety])]);
        store.SetHumanLabels(first.Key, Sentiment.Positive, null);
        store.SetHumanAuthorLabel(first.AuthorKey, new AuthorClassification(AuthorRole.Clinician, Specialty.PediatricHematologyOncology, CareerStage.Attending, ["pediatric oncologist"], "human"));
    }

    [Fact]
    public async Task Export_Jsonl_WritesOneRecordPerPostWithLabelsInEffect()
    {
        await Seed();
        string output = Path.Combine(_cli.Folder, "out.jsonl");

        (int code, _, string error) = await _cli.Run("export", "--publication", "https://doi.org/" + Doi, "--format", "jsonl", "--out", output);
        string[] lines = await File.ReadAllLinesAsync(output);
        JsonElement first = JsonDocument.Parse(lines[0]).RootElement;

        Assert.Equal(0, code);
        Assert.Contains("exported 10 posts", error);
        Assert.Equal(10, lines.Length);
        Assert.Equal("x", first.GetProperty("platform").GetString());
        Assert.Equal("10.1056/nejmoa2214171", first.GetProperty("publications")[0].GetProperty("doi").GetString());
        Assert.Equal("doi_text", first.GetProperty("publications")[0].GetProperty("matched_by").GetString());
        Assert.Equal("positive", first.GetProperty("sentiment").GetString());
        Assert.Equal(1.0, first.GetProperty("sentiment_confidence").GetDouble());
        Assert.True(first.GetProperty("evaluating").GetBoolean());
        Assert.Equal("safety", first.GetProperty("aspects")[0].GetString());
        Assert.Equal("clinician", first.GetProperty("author_role").GetString());
        Assert.Equal("pediatric_hematology_oncology", first.GetProperty("specialty").GetString());
        Assert.Equal("pediatric oncologist", first.GetProperty("role_evidence")[0].GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("author").GetProperty("handle").GetString()));
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(lines[1]).RootElement.GetProperty("sentiment").ValueKind);
    }

    [Fact]
    public async Task Export_CsvToStdout_HasImportHeaderAndAllPosts()
    {
        await Seed();

        (int code, string output, _) = await _cli.Run("export", "--format", "csv");
        using CsvHelper.CsvReader csv = new(new StringReader(output), System.Globalization.CultureInfo.InvariantCulture);
        List<dynamic> rows = csv.GetRecords<dynamic>().ToList();

        Assert.Equal(0, code);
        Assert.StartsWith("platform,id,created_at,author_handle,author_name,author_bio,text,url,links,", output);
        Assert.Equal(50, rows.Count);
        Assert.Equal(10, rows.Count(r => ((IDictionary<string, object>)r)["publication_keys"].ToString() == "10.1056/nejmoa2214171"));
    }

    [Fact]
    public async Task Export_Jsonl_KeepsTheModelsPredictionBesideAHumanLabel()
    {
        await Seed();

        (int code, string output, _) = await _cli.Run("export", "--publication", Doi, "--format", "jsonl");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonElement first = JsonDocument.Parse(lines[0]).RootElement;
        JsonElement model = first.GetProperty("sentiment_model");

        Assert.Equal(0, code);
        Assert.Equal("positive", first.GetProperty("sentiment").GetString()); // the human label wins…
        Assert.Equal("negative", model.GetProperty("label").GetString()); // …and the model's own verdict is still there
        Assert.Equal(0.7, model.GetProperty("probabilities").GetProperty("negative").GetDouble(), 4);
        Assert.Equal(0.2, model.GetProperty("probabilities").GetProperty("neutral").GetDouble(), 4);
        Assert.Equal(0.1, model.GetProperty("probabilities").GetProperty("positive").GetDouble(), 4);
        Assert.Equal("m1", model.GetProperty("model_version").GetString());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(lines[1]).RootElement.GetProperty("sentiment_model").ValueKind);
    }

    [Fact]
    public async Task Export_Csv_HasTheModelsLabelProbabilitiesAndVersion()
    {
        await Seed();

        (int code, string output, _) = await _cli.Run("export", "--publication", Doi, "--format", "csv");
        using CsvHelper.CsvReader csv = new(new StringReader(output), System.Globalization.CultureInfo.InvariantCulture);
        IDictionary<string, object> first = (IDictionary<string, object>)csv.GetRecords<dynamic>().First();

        Assert.Equal(0, code);
        Assert.Equal("positive", first["sentiment"]);
        Assert.Equal("negative", first["sentiment_model"]);
        Assert.Equal("0.7", first["sentiment_model_negative"]);
        Assert.Equal("0.2", first["sentiment_model_neutral"]);
        Assert.Equal("0.1", first["sentiment_model_positive"]);
        Assert.Equal("m1", first["sentiment_model_version"]);
    }

    [Fact]
    public async Task Export_PostMatchedTwoWays_ListsItsPublicationOnceWithEveryKind()
    {
        await _cli.RunJson("track", "--doi", Doi, "--title", "Blinatumomab for infant ALL", "--json");
        string csvFile = Path.Combine(_cli.Folder, "two-ways.csv");
        await File.WriteAllTextAsync(csvFile,
            "platform,id,created_at,author_handle,author_name,author_bio,text,url,links\n"
            + "x,1,2023-04-27T12:00:00Z,doc,,,Blinatumomab for infant ALL: read it,,https://doi.org/10.1056/NEJMoa2214171\n");
        await _cli.RunJson("import", csvFile, "--format", "csv", "--json");

        (int code, string output, _) = await _cli.Run("export", "--format", "jsonl");
        (_, string csvOutput, _) = await _cli.Run("export", "--format", "csv");
        JsonElement publications = JsonDocument.Parse(output.Trim()).RootElement.GetProperty("publications");
        using CsvHelper.CsvReader csv = new(new StringReader(csvOutput), System.Globalization.CultureInfo.InvariantCulture);
        IDictionary<string, object> row = (IDictionary<string, object>)csv.GetRecords<dynamic>().Single();

        Assert.Equal(0, code);
        JsonElement only = Assert.Single(publications.EnumerateArray());
        Assert.Equal("doi_link", only.GetProperty("matched_by").GetString());
        Assert.Equal(["doi_link", "title"], only.GetProperty("matched_all").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("10.1056/nejmoa2214171", row["publication_keys"]);
        Assert.Equal("doi_link", row["matched_by"]);
    }

    [Fact]
    public async Task ReadVerbs_OnReadOnlyUse_LeaveTheDatabaseFileUnchanged()
    {
        await Seed();
        byte[] before = await File.ReadAllBytesAsync(_cli.Db);

        await _cli.RunJson("stats", "--json");
        await _cli.RunJson("posts", "--unmatched", "--json");
        await _cli.RunJson("publications", "--json");
        (int code, _, _) = await _cli.Run("export", "--format", "jsonl");

        Assert.Equal(0, code);
        Assert.Equal(before, await File.ReadAllBytesAsync(_cli.Db));
    }

    [Fact]
    public async Task ReadVerbs_MissingDatabase_ExitDatabaseWithoutCreatingIt()
    {
        (int code, _, string error) = await _cli.Run("stats");

        Assert.Equal((int)ExitCode.Database, code);
        Assert.Contains("database not found", error);
        Assert.False(File.Exists(_cli.Db));
    }

    [Fact]
    public async Task Export_UnknownPublication_ExitsNotFound()
    {
        await Seed();

        (int code, _, string error) = await _cli.Run("export", "--publication", "10.9999/nothing", "--format", "jsonl");

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("no tracked publication", error);
    }
}
