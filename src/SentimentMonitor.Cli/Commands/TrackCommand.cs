using System.CommandLine;
using System.Text.Json;
using SentimentMonitor.Cli.Collect;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Import;
using SentimentMonitor.Core.Matching;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>track</c>: registers a publication (or adds identifiers to a tracked one) and re-matches stored posts, so
/// posts imported before it was tracked are claimed without re-importing.
/// </summary>
public static class TrackCommand
{
    private static readonly Option<string?> Doi = new("--doi") { Description = "DOI in any form (10.1056/…, doi:…, https://doi.org/…); the publication's identity" };
    private static readonly Option<string?> Pmid = new("--pmid") { Description = "PubMed id" };
    private static readonly Option<string?> Pmcid = new("--pmcid") { Description = "PubMed Central id (PMC…)" };
    private static readonly Option<string[]> Urls = new("--url") { Description = "A landing or news URL that counts as citing it (repeatable)", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string?> Title = new("--title") { Description = "Title (matched case- and punctuation-insensitively)" };
    private static readonly Option<string[]> Keywords = new("--keyword") { Description = "Keyword or #hashtag that counts as citing it (repeatable)", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the result as JSON" };
    private static readonly Option<bool> Resolve = new("--resolve") { Description = "Fill title, journal, date, PMID and PMCID from Crossref and the NCBI ID converter (needs network; offline it still tracks)" };

    public static Command Create()
    {
        Command command = new("track", "Track a publication by DOI, PMID, PMCID, URLs, title or keywords; re-matches stored posts");
        command.WithExamples(
            "track --doi 10.1056/NEJMoa2214171 --pmid 37099340 --keyword \"#blinatumomab\"",
            "track --url https://www.nejm.org/doi/full/10.1056/NEJMoa2214171 --resolve",
            "track --doi 10.1056/NEJMoa2214171 --keyword \"Interfant-21\"   (adds a keyword to a tracked paper)");
        foreach (Option option in new Option[] { Doi, Pmid, Pmcid, Urls, Title, Keywords, Json, Resolve })
            command.Options.Add(option);
        VerbRunner.Attach(command, RunAsync);
        return command;
    }

    private static async Task<ExitCode> RunAsync(VerbContext ctx)
    {
        string? doi = ctx.Get(Doi), pmid = ctx.Get(Pmid), pmcid = ctx.Get(Pmcid), title = ctx.Get(Title);
        string[] urls = ctx.Get(Urls) ?? [];
        string[] keywords = ctx.Get(Keywords) ?? [];
        if (new[] { doi, pmid, pmcid, title }.All(string.IsNullOrWhiteSpace) && urls.Length == 0 && keywords.Length == 0)
            throw new CliException(ExitCode.Usage, "give at least one of --doi, --pmid, --pmcid, --url, --title, --keyword");

        Publication wanted = Describe(doi, pmid, pmcid, title, urls, keywords, ctx.Error);
        if (ctx.Get(Resolve))
            wanted = await TrackResolver.ResolveAsync(ctx, wanted);
        using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
        Publication? existing = new[] { wanted.Doi, wanted.Pmid is null ? null : "pmid:" + wanted.Pmid, wanted.Pmcid, wanted.Key }
            .Where(id => id is not null)
            .Select(id => store.Find(id!))
            .FirstOrDefault(p => p is not null);
        // A tracked publication keeps its key (posts and cursors refer to it); new identifiers are added to it.
        Publication merged = existing is null ? wanted : Merge(existing, wanted);
        store.Upsert(merged);

        long changed = new RematchService(store).Rematch(StoreAccess.Matcher(store.GetAll()), ctx.Cancellation);
        long citing = store.Activity(merged.Key).Posts;
        if (ctx.Get(Json))
            ctx.Out.WriteLine(JsonSerializer.Serialize(new { key = merged.Key, created = existing is null, rematched = changed, posts = citing }));
        else
            ctx.Out.WriteLine($"{(existing is null ? "tracking" : "updated")} {merged.Key} ({merged.DisplayName}); re-matched {changed} stored posts; {citing} cite it");
        return ExitCode.Ok;
    }

    private static Publication Describe(string? doi, string? pmid, string? pmcid, string? title, string[] urls, string[] keywords, TextWriter notes)
    {
        try
        {
            string? normalDoi = string.IsNullOrWhiteSpace(doi) ? null : PublicationIdentity.NormalizeDoi(doi) ?? throw new ArgumentException($"'{doi}' is not a DOI (expected 10.NNNN/…)");
            string? normalPmid = string.IsNullOrWhiteSpace(pmid) ? null : PublicationIdentity.NormalizePmid(pmid) ?? throw new ArgumentException($"'{pmid}' is not a PMID (expected digits)");
            string? normalPmcid = string.IsNullOrWhiteSpace(pmcid) ? null : PublicationIdentity.NormalizePmcid(pmcid) ?? throw new ArgumentException($"'{pmcid}' is not a PMCID (expected PMC + digits)");
            TrackInputChecks.CheckUrls(urls);
            TrackInputChecks.CheckKeywords(keywords);
            // A pasted doi.org, publisher, PubMed or PMC link names the paper: use it as the identity the user left
            // out, so tracking the same paper later by --doi finds this entry instead of making a second one.
            foreach (PublicationIdentifier id in urls.Select(TrackInputChecks.IdentifierIn).OfType<PublicationIdentifier>())
            {
                string? taken = id.Kind switch
                {
                    PublicationIdentifierKind.Doi when normalDoi is null => normalDoi = id.Value,
                    PublicationIdentifierKind.Pmid when normalPmid is null => normalPmid = id.Value,
                    PublicationIdentifierKind.Pmcid when normalPmcid is null => normalPmcid = id.Value,
                    _ => null,
                };
                if (taken is not null)
                    notes.WriteLine($"note: took {id.Kind.ToString().ToUpperInvariant()} {taken} from --url");
            }
            if (!string.IsNullOrWhiteSpace(title) && !TitleMatching.CanMatch(title))
                notes.WriteLine($"note: the title '{title.Trim()}' is too short to match posts by itself (it needs 4+ words and 25+ characters); it is kept as the display name");
            string key = normalDoi is null && normalPmid is null && normalPmcid is null && string.IsNullOrWhiteSpace(title)
                ? KeyFromWords(urls, keywords)
                : PublicationIdentity.KeyFor(normalDoi, normalPmid, normalPmcid, title);
            return new Publication
            {
                Key = key,
                Doi = normalDoi,
                Pmid = normalPmid,
                Pmcid = normalPmcid,
                Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
                Urls = urls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().ToArray(),
                Keywords = keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                TrackedAt = DateTimeOffset.UtcNow,
            };
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ExitCode.Usage, ex.Message);
        }
    }

    /// <summary>A publication known only by URLs or keywords is keyed by a slug of the first one.</summary>
    private static string KeyFromWords(string[] urls, string[] keywords)
    {
        string source = keywords.FirstOrDefault() ?? urls.First();
        string slug = PublicationIdentity.TitleSlug(source);
        return slug.Length > 0 ? slug : throw new ArgumentException($"cannot derive a key from '{source}'; add --title");
    }

    private static Publication Merge(Publication old, Publication add) => old with
    {
        Doi = old.Doi ?? add.Doi,
        Pmid = old.Pmid ?? add.Pmid,
        Pmcid = old.Pmcid ?? add.Pmcid,
        Title = add.Title ?? old.Title,
        Urls = old.Urls.Concat(add.Urls).Distinct().ToArray(),
        Keywords = old.Keywords.Concat(add.Keywords).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
    };
}
