using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// Pending changes to the daily count documents within one transaction. Posts are removed with their old facts
/// and added with their new ones; each touched publication-day document is then read, changed and written once.
/// </summary>
internal sealed class AggregateDelta
{
    private readonly Dictionary<(string Pub, DateOnly Day), Changes> _days = [];

    public bool IsEmpty => _days.Count == 0;

    public void Add(PostFacts facts, (AuthorRole Role, Specialty Specialty) author, int sign)
    {
        DateOnly day = DateOnly.FromDateTime(facts.CreatedAt.UtcDateTime);
        int cell = DailyCells.CellKey(facts.Platform, author.Role, author.Specialty, facts.Sentiment);
        foreach (string pub in facts.Publications)
        {
            if (!_days.TryGetValue((pub, day), out Changes? changes))
                _days[(pub, day)] = changes = new Changes();
            changes.Reactions.TryGetValue(cell, out var r);
            changes.Reactions[cell] = (r.Posts + sign, r.Evaluating + (facts.Evaluating ? sign : 0));
            foreach (Aspect aspect in facts.Aspects)
            {
                long key = DailyCells.AspectKey(aspect, cell);
                changes.Aspects[key] = changes.Aspects.GetValueOrDefault(key) + sign;
            }
        }
    }

    /// <summary>Writes the changed days; a day left without posts is deleted so reads stay short.</summary>
    public void Apply(ILiteCollection<BsonDocument> daily)
    {
        foreach (((string pub, DateOnly day), Changes changes) in _days)
        {
            if (changes.IsNoOp)
                continue;
            string id = DailyCells.Id(pub, day);
            BsonDocument? stored = daily.FindById(id);
            DailyCells cells = stored is null ? new DailyCells(pub, day) : DailyCells.FromDocument(stored);
            foreach ((int key, (int posts, int evaluating)) in changes.Reactions)
                cells.AddReaction(key, posts, evaluating);
            foreach ((long key, int posts) in changes.Aspects)
                cells.AddAspect(key, posts);
            if (cells.IsEmpty)
            {
                if (stored is not null)
                    daily.Delete(id);
            }
            else
            {
                daily.Upsert(cells.ToDocument());
            }
        }
        _days.Clear();
    }

    private sealed class Changes
    {
        public Dictionary<int, (int Posts, int Evaluating)> Reactions { get; } = [];
        public Dictionary<long, int> Aspects { get; } = [];

        public bool IsNoOp => Reactions.Values.All(r => r.Posts == 0 && r.Evaluating == 0) && Aspects.Values.All(n => n == 0);
    }
}
