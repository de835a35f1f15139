using System.CommandLine;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Commands;

/// <summary>The <c>--task sentiment|evaluating|aspects</c> option shared by train and evaluate.</summary>
public static class TaskOption
{
    public static Option<string> Create() => new Option<string>("--task")
    {
        Description = "What the model predicts: sentiment, evaluating (true/false) or aspects",
        DefaultValueFactory = _ => "sentiment",
    }.AcceptOnlyFromAmong("sentiment", "evaluating", "aspects");

    public static ModelTask Parse(string? value) => value switch
    {
        "evaluating" => ModelTask.Evaluating,
        "aspects" => ModelTask.Aspects,
        _ => ModelTask.Sentiment,
    };
}
