using System.Text.Json;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Sources.Live;

/// <summary>
/// Maps one API JSON element to records or rejections. The live sources reuse the import parsers' mappers
/// through this (see <see cref="LiveMappers"/>), so a collected post and an imported one are stored identically.
/// </summary>
/// <param name="element">An X search page (with includes), a Bluesky PostView, or a Mastodon Status.</param>
public delegate IReadOnlyList<ParseOutcome> RecordMapper(JsonElement element);
