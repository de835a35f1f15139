namespace SentimentMonitor.Core.Authors;

/// <summary>A credential found in a display name or bio ("MD", "PharmD", "RN") and the profession it implies.</summary>
public sealed record CredentialMatch(string Text, ProfessionKind Profession);
