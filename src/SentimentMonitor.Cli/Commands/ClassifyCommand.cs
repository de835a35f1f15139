using SentimentMonitor.Core.Authors;
using System.CommandLine;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Services;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>classify</c>: labels stored posts that have no machine label yet (all posts with --all, e.g. after a new
/// model) with sentiment, evaluating-vs-sharing and aspects, in batches with progress. Human labels are untouched.
/// </summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        Option<string?> publication = new("--publication") { Description = "Only posts citing this publication (key, DOI, PMID or PMCID)" };
        Option<bool> all = new("--all") { Description = "Relabel every post, not only unlabelled ones" };
        Option<string?> model = new("--model") { Description = "Sentiment model zip (default: the newest models/sentiment-vN.zip)" };
        Option<int> batch = new("--batch") { Description = "Posts per batch (one transaction each)", DefaultValueFactory = _ => 2000 };
        Command command = new("classify", "Label stored posts (sentiment, evaluating vs sharing, aspects) and authors (role, specialty, career stage)") { publication, all, model, batch };
        command.WithExamples(
            "classify",
            "classify --publication 10.1056/NEJMoa2214171 --all");
        VerbRunner.Attach(command, ctx =>
        {
            ISentimentClassifier sentiment = EvaluateCommand.Load(() => MlNetSentimentClassifier.Load(ModelLocator.Require(ModelTask.Sentiment, ctx.Get(model))));
            (sentiment, IEvaluatingClassifier? evaluating, IAspectClassifier aspects) = SupportingHeads.LoadFor(sentiment);
            using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
            string? key = ctx.Get(publication) is { } wanted ? StoreAccess.RequirePublication(store, wanted).Key : null;
            // Authors first: post statistics group by the author's role.
            IAuthorClassifier authorClassifier = AuthorClassifierFactory.Create();
            int authorsLabelled = AuthorLabeler.LabelAuthors(store, authorClassifier, ctx.Get(all), cancellation: ctx.Cancellation).Values.Sum();
            ClassificationService service = new(store, sentiment, evaluating, aspects, store);
            ConsoleProgress progress = new(ctx.Error);
            ClassificationSummary summary = service.Run(
                new ClassificationRequest { PublicationKey = key, All = ctx.Get(all), BatchSize = Math.Max(1, ctx.Get(batch)) },
                new InlineProgress(p => progress.Report($"classified {p.Done:N0} / {p.Total:N0}")),
                ctx.Cancellation);
            ctx.Out.WriteLine($"classified {summary.Classified:N0} posts in {summary.Elapsed.TotalSeconds:0.0} s");
            ctx.Out.WriteLine($"labelled {authorsLabelled:N0} authors ({authorClassifier.Version})");
            ctx.Out.WriteLine($"models: sentiment {summary.SentimentModel}, evaluating {summary.EvaluatingModel ?? "(none)"}, aspects {summary.AspectModel ?? "(none)"}");
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Reports synchronously on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class InlineProgress(Action<ClassificationProgress> report) : IProgress<ClassificationProgress>
    {
        public void Report(ClassificationProgress value) => report(value);
    }
}
