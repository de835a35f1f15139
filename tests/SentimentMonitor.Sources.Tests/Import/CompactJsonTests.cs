using System.Text.Json;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class CompactJsonTests
{
    private static string Compact(string json, string? skip = null)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return skip is null ? CompactJson.Write(document.RootElement) : CompactJson.Write(document.RootElement, System.Text.Encoding.UTF8.GetBytes(skip));
    }

    [Fact]
    public void Write_PythonStyleSeparatorsAndIndentation_AreRemovedOutsideStrings()
    {
        Assert.Equal("""{"a":[1,2],"b":{"c":"x, y: z"}}""", Compact("{\n  \"a\": [1, 2],\n  \"b\": {\"c\": \"x, y: z\"}\n}"));
    }

    [Fact]
    public void Write_NonAsciiEscapes_BecomeUtf8IncludingSurrogatePairs()
    {
        Assert.Equal("""{"t":"simultánea 🎉"}""", Compact("""{"t": "simult\u00e1nea \ud83c\udf89"}"""));
    }

    [Fact]
    public void Write_AsciiEscapesAndLoneSurrogates_StayEscaped()
    {
        string compact = Compact("""{"t": "say \"hi\"\n\u0026 \\ \ud83c end"}""");

        Assert.Equal("""{"t":"say \"hi\"\n\u0026 \\ \ud83c end"}""", compact);
    }

    [Fact]
    public void Write_SkipProperty_DropsOnlyThatTopLevelProperty()
    {
        Assert.Equal("""{"id":"1","inner":{"__twarc":1}}""", Compact("""{"id": "1", "__twarc": {"url": "u"}, "inner": {"__twarc": 1}}""", "__twarc"));
    }
}
