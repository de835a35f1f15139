using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Collects at most one match per (publication, kind) for one post, keeping the first evidence seen.
/// Allocates nothing until the first hit, since most imported posts match nothing.
/// </summary>
internal sealed class MatchSink(IReadOnlyList<Publication> publications)
{
    private static readonly int KindCount = Enum.GetValues<MatchKind>().Length;
    private PublicationMatch?[]? _slots;
    private int _count;

    public void Add(int publication, MatchKind kind, string evidence)
    {
        _slots ??= new PublicationMatch?[publications.Count * KindCount];
        ref PublicationMatch? slot = ref _slots[publication * KindCount + (int)kind];
        if (slot is not null)
            return;
        slot = new PublicationMatch(publications[publication].Key, kind, evidence);
        _count++;
    }

    public void AddAll(int[]? publicationIndexes, MatchKind kind, string evidence)
    {
        if (publicationIndexes is null)
            return;
        foreach (int index in publicationIndexes)
            Add(index, kind, evidence);
    }

    /// <summary>Matches in publication order, strongest kind first within a publication.</summary>
    public IReadOnlyList<PublicationMatch> ToList()
    {
        if (_slots is null)
            return [];
        PublicationMatch[] result = new PublicationMatch[_count];
        int n = 0;
        foreach (PublicationMatch? slot in _slots)
        {
            if (slot is not null)
                result[n++] = slot;
        }
        return result;
    }
}
