using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Authors;

/// <summary>ML.NET input schema of the author model: the bio text and, when training, the "role/specialty" label.</summary>
internal sealed class AuthorBioRow
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}
