using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Services;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Labels what a collection just added: new authors first (post statistics group by the author's role), then posts
/// without a machine label, with the shipped models when they are found. Shared by <c>watch</c> and the dashboard's
/// live collection.
/// </summary>
internal static class NewPostLabeler
{
    public static string LabelNew(LiteDbStore store, CancellationToken cancellation)
    {
        IAuthorClassifier authorClassifier = AuthorClassifierFactory.Create();
        int authorsLabelled = AuthorLabeler.LabelAuthors(store, authorClassifier, all: false, cancellation: cancellation).Values.Sum();
        string? sentimentPath = ModelLocator.Find(ModelTask.Sentiment, null);
        if (sentimentPath is null)
            return $"{authorsLabelled} new authors labelled; posts skipped: no sentiment model ({ModelLocator.DefaultFileName(ModelTask.Sentiment)} in ./models or $SENTIMENTMONITOR_MODELS)";
        (ISentimentClassifier sentiment, IEvaluatingClassifier? evaluating, IAspectClassifier aspects) = SupportingHeads.LoadFor(MlNetSentimentClassifier.Load(sentimentPath));
        ClassificationService service = new(store, sentiment, evaluating, aspects, store);
        ClassificationSummary summary = service.Run(new ClassificationRequest(), null, cancellation);
        return $"{authorsLabelled} new authors labelled ({authorClassifier.Version}); {summary.Classified} new posts labelled ({summary.SentimentModel})";
    }
}
