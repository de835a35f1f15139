namespace SentimentMonitor.Core.Alerts;

/// <summary>What an alert rule watches (config slugs: clinician_net_below, volume_surge, aspect_rising).</summary>
public enum AlertKind
{
    /// <summary>Clinician net sentiment over the window is below the threshold, with at least MinPosts opinionated posts.</summary>
    ClinicianNetBelow,
    /// <summary>Posts in the window are at least threshold × the posts of the window before, and at least MinPosts.</summary>
    VolumeSurge,
    /// <summary>The share of posts mentioning an aspect rose by at least threshold (0–1) against the window before, with at least MinPosts mentions.</summary>
    AspectRising,
}
