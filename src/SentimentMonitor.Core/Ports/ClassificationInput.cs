namespace SentimentMonitor.Core.Ports;

/// <summary>Text to classify, and the cited publication's title, whose words are stripped before scoring.</summary>
public sealed record ClassificationInput(string Text, string? PublicationTitle = null);
