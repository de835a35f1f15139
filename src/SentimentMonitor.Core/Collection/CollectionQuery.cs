namespace SentimentMonitor.Core.Collection;

/// <summary>
/// One search a source runs for a publication. <see cref="Source"/> and <see cref="Text"/> are part of the
/// stored cursor key, so the same query always resumes from the same place.
/// </summary>
/// <param name="Source">Cursor source name: "x", "bluesky" or "mastodon:&lt;instance host&gt;".</param>
/// <param name="Text">The query in the source's own syntax (X query, "q=…"/"url=…"/"tag=…" for Bluesky, "#tag" for Mastodon).</param>
public sealed record CollectionQuery(string Source, string Text);
