using System.CommandLine;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>author</c>: look at and label one author (subcommands <c>show</c> and <c>set</c>).</summary>
public static class AuthorCommand
{
    public static Command Create()
    {
        Command author = new("author", "Show an author's role/specialty with its evidence, or set a human label that always wins");
        author.Subcommands.Add(AuthorShowCommand.Create());
        author.Subcommands.Add(AuthorSetCommand.Create());
        return author;
    }
}
