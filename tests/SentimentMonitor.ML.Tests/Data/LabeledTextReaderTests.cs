using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Tests.Support;

namespace SentimentMonitor.ML.Tests.Data;

public class LabeledTextReaderTests
{
    private static string Write(TempFolder folder, params string[] lines)
    {
        string path = folder.File("data.tsv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Read_UnknownLabel_ErrorNamesFileAndLine()
    {
        using TempFolder folder = new();
        string path = Write(folder, "positive\tgood", "", "mixed\tso-so");
        LabeledDataException ex = Assert.Throws<LabeledDataException>(() => LabeledTextReader.Read(path, ModelTask.Sentiment));
        Assert.Equal(3, ex.Line);
        Assert.Contains($"{path}:3:", ex.Message);
        Assert.Contains("'mixed'", ex.Message);
    }

    [Fact]
    public void Read_LineWithoutTab_ErrorNamesLine()
    {
        using TempFolder folder = new();
        string path = Write(folder, "true\tI like it", "false no tab here");
        LabeledDataException ex = Assert.Throws<LabeledDataException>(() => LabeledTextReader.Read(path, ModelTask.Evaluating));
        Assert.Equal(2, ex.Line);
        Assert.Contains("no tab", ex.Message);
    }

    [Fact]
    public void Read_UnknownAspect_ErrorNamesLine()
    {
        using TempFolder folder = new();
        string path = Write(folder, "efficacy,price\tcosts too much");
        LabeledDataException ex = Assert.Throws<LabeledDataException>(() => LabeledTextReader.Read(path, ModelTask.Aspects));
        Assert.Equal(1, ex.Line);
        Assert.Contains("'price'", ex.Message);
    }

    [Fact]
    public void Read_AspectsEmptyFieldAndCase_Normalised()
    {
        using TempFolder folder = new();
        string path = Write(folder, "\tjust a link", "Study_Design,efficacy\tsmall n");
        IReadOnlyList<LabeledText> rows = LabeledTextReader.Read(path, ModelTask.Aspects);
        Assert.Equal("", rows[0].Label);
        Assert.Equal("efficacy,study_design", rows[1].Label);
    }
}
