using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Cli.Commands;

/// <summary>Builds the author classifier the CLI uses (composition root for author roles).</summary>
public static class AuthorClassifierFactory
{
    public static IAuthorClassifier Create(string kind = "combined") => kind switch
    {
        "rules" => new RuleBasedAuthorClassifier(),
        _ => new RuleBasedAuthorClassifier(),
    };
}
