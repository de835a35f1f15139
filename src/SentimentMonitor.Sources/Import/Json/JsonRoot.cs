using System.Text.Json;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>One top-level JSON value of an input file (a JSONL line or a whole document), or why it could not be read.</summary>
internal readonly record struct JsonRoot(long Line, JsonDocument? Document, RejectedRecord? Rejected);
