namespace SentimentMonitor.Reports.Alerts;

/// <summary>A channel could not deliver an alert after its retries; the message is safe to log (no secrets).</summary>
public sealed class AlertDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
