using System.Text.RegularExpressions;

namespace SentimentMonitor.Sources.Live;

/// <summary>
/// Removes secrets from any text that may reach a log, an error message or --verbose output: the configured
/// token and password values, and anything that looks like a bearer token or a JWT.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "[redacted]";
    private readonly List<string> _secrets = [];

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        foreach (string? s in secrets)
            Add(s);
    }

    /// <summary>Registers a secret value (e.g. a fresh Bluesky access token). Short values are ignored to avoid masking ordinary words.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < 6)
            return;
        lock (_secrets)
        {
            if (!_secrets.Contains(secret))
                _secrets.Add(secret);
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        string result = text;
        lock (_secrets)
        {
            foreach (string s in _secrets.OrderByDescending(s => s.Length))
                result = result.Replace(s, Mask, StringComparison.Ordinal);
        }
        result = BearerPattern().Replace(result, "Bearer " + Mask);
        return JwtPattern().Replace(result, Mask);
    }

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-._~+/%]{16,}=*")]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex JwtPattern();
}
