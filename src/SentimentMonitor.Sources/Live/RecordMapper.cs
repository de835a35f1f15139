using System.Text.Json;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Live;

/// <summary>
/// Maps one API JSON element to domain records. The live sources reuse the import parsers' mappers through
/// this, so a collected post and an imported one are stored identically.
/// </summary>
/// <param name="element">An X search page (with includes), a Bluesky PostView, or a Mastodon Status.</param>
public delegate IReadOnlyList<ParsedRecord> RecordMapper(JsonElement element);
