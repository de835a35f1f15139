using System.Text.RegularExpressions;

namespace SentimentMonitor.Reports.Charts;

/// <summary>
/// ScottPlot numbers SVG clip paths from a process-wide counter, so the same chart drawn twice gets different ids.
/// Renumbering them per file (cl_1, cl_2… in order of appearance) makes the SVG depend on the data only.
/// </summary>
public static partial class SvgIds
{
    public static string Renumber(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        Dictionary<string, string> renamed = new(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!renamed.TryGetValue(m.Value, out string? id))
                renamed[m.Value] = id = "cl_" + (renamed.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return id;
        });
    }

    /// <summary>"cl_" plus hex digits, inside id="…" or url(#…).</summary>
    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
