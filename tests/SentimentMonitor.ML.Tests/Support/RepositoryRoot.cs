namespace SentimentMonitor.ML.Tests.Support;

/// <summary>Finds files of the repository (models/, tests data) by walking up to SentimentMonitor.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "SentimentMonitor.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SentimentMonitor.sln not found above " + AppContext.BaseDirectory);
    }

    public static string File(params string[] parts) => System.IO.Path.Combine([Path(), .. parts]);
}
