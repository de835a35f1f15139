using System.Text.Json;

namespace SentimentMonitor.Cli.Tests.Authors;

public sealed class EvaluateAuthorsCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-evalauthors-" + Guid.NewGuid().ToString("N"));

    public EvaluateAuthorsCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(params string[] lines)
    {
        string path = Path.Combine(_folder, "gold.tsv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task EvaluateAuthors_TinyFileJson_HandComputedMetrics()
    {
        // Rules predict: 1 clinician/hematology, 2 clinician/unknown, 3 public (nurse's wife), 4 public,
        // 5 communicator, 6 organization. Accuracy 4/6; clinician tp 2, fp 0, fn 1 (P 1, R 2/3, F1 0.8);
        // public P 1/2 R 1 (F1 2/3); researcher 0; communicator 0; organization 1 → macro 2.4667/5 = 0.4933.
        // Specialty: only line 1 of the 3 true clinicians.
        string path = Write(
            "clinician\thematology\tHematologist at a cancer center.",
            "clinician\tcardiology\tDoctor. Runner.",
            "clinician\tnursing\tNurse's wife and proud of it.",
            "public\t\tBaltimore, MD. Ravens fan.",
            "researcher\t\tScience journalist with a PhD.",
            "organization\t\tAutomated feed of new hematology papers.");

        (int code, string output, _) = await InProcessCli.RunAsync("evaluate-authors", "--data", path, "--json");

        Assert.Equal(0, code);
        JsonElement json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.6667, json.GetProperty("role_accuracy").GetDouble());
        Assert.Equal(0.4933, json.GetProperty("role_macro_f1").GetDouble());
        Assert.Equal(1.0, json.GetProperty("clinician_precision").GetDouble());
        Assert.Equal(0.6667, json.GetProperty("clinician_recall").GetDouble());
        Assert.Equal(0.3333, json.GetProperty("specialty_accuracy").GetDouble());
        JsonElement confusion = json.GetProperty("confusion");
        Assert.Equal(2, confusion.GetProperty("clinician").GetProperty("clinician").GetInt32());
        Assert.Equal(1, confusion.GetProperty("clinician").GetProperty("public").GetInt32());
        Assert.Equal(1, confusion.GetProperty("researcher").GetProperty("communicator").GetInt32());
        Assert.Equal(1, confusion.GetProperty("organization").GetProperty("organization").GetInt32());
        Assert.Equal(0, confusion.GetProperty("public").GetProperty("clinician").GetInt32()); // zeros are written, as in evaluate
        Assert.Equal(5, confusion.EnumerateObject().Count());
        Assert.All(confusion.EnumerateObject(), row => Assert.Equal(5, row.Value.EnumerateObject().Count()));
    }

    [Fact]
    public async Task EvaluateAuthors_Text_PrintsMetricsAndConfusionRows()
    {
        string path = Write("clinician\thematology\tHematologist.", "public\t\tRavens fan.");

        (int code, string output, _) = await InProcessCli.RunAsync("evaluate-authors", "--data", path);

        Assert.Equal(0, code);
        Assert.Contains("role accuracy        1.0000", output);
        Assert.Contains("specialty accuracy   1.0000", output);
        Assert.Contains("confusion (rows = true role, columns = predicted)", output);
        Assert.Contains("                   clinician        public", output); // whole role names as column headers
        Assert.Contains("clinician                  1             0", output);
    }

    [Fact]
    public async Task EvaluateAuthors_MalformedLine_BadInputNamingTheLine()
    {
        string path = Write("public\t\tRavens fan.", "clinician\tcardio\tCardiologist.");

        (int code, _, string error) = await InProcessCli.RunAsync("evaluate-authors", "--data", path);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("gold.tsv:2: field 2 (specialty) 'cardio'", error);
    }

    [Fact]
    public async Task EvaluateAuthors_MissingFile_InputNotFound()
    {
        (int code, _, string error) = await InProcessCli.RunAsync("evaluate-authors", "--data", Path.Combine(_folder, "nope.tsv"));

        Assert.Equal((int)ExitCode.InputNotFound, code);
        Assert.Contains("data file not found", error);
    }
}
