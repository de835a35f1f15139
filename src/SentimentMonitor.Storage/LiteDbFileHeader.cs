using System.Text;

namespace SentimentMonitor.Storage;

/// <summary>
/// Recognises a LiteDB 5 data file by the marker its header page carries, so opening the wrong file (a CSV, a report,
/// an empty file) fails with "not a database" instead of whatever LiteDB happened to trip over.
/// </summary>
internal static class LiteDbFileHeader
{
    private const int MarkerOffset = 32; // LiteDB 5 HeaderPage: the info string follows the 32-byte page header
    private static readonly byte[] Marker = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>False only when the file exists, is not empty and certainly lacks the marker.</summary>
    public static bool MayBeLiteDb(string path)
    {
        try
        {
            using FileStream file = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length == 0)
                return true; // LiteDB initialises an empty file
            byte[] buffer = new byte[MarkerOffset + Marker.Length];
            int read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return read == buffer.Length && buffer.AsSpan(MarkerOffset).SequenceEqual(Marker);
        }
        catch (IOException)
        {
            return true; // cannot tell; let the original error speak
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
