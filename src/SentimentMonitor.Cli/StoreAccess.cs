using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli;

/// <summary>
/// Opens the database for a verb. Always in LiteDB shared mode, so a dashboard or a second verb reading in another
/// process never sees torn pages (shared/docs/litedb-measured.md §4); read-only verbs never create or change the file.
/// </summary>
internal static class StoreAccess
{
    public static LiteDbStore OpenForWrite(VerbContext context) =>
        new(new LiteDbStoreOptions(context.DatabasePath, ReadOnly: false, Shared: true));

    public static LiteDbStore OpenForRead(VerbContext context)
    {
        if (!File.Exists(context.DatabasePath))
            throw new CliException(ExitCode.Database, $"database not found: {context.DatabasePath} (import or track something first, or pass --db)");
        return new LiteDbStore(new LiteDbStoreOptions(context.DatabasePath, ReadOnly: true, Shared: true));
    }

    /// <summary>The matcher for the publications tracked now, as the import and re-match services take it.</summary>
    public static Func<Post, IReadOnlyList<PublicationMatch>> Matcher(IReadOnlyList<Publication> publications) =>
        new PublicationMatcher(publications).Match;

    /// <summary>Resolves --publication (key, DOI in any form, PMID, PMCID) or fails with NotFound.</summary>
    public static Publication RequirePublication(LiteDbStore store, string identifier) =>
        store.Find(identifier) ?? throw new CliException(ExitCode.NotFound, $"no tracked publication '{identifier}' (see `publications`)");
}
