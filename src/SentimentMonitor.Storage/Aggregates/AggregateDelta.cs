using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// Pending changes to the daily count documents and the day post lists within one transaction. Posts are removed
/// with their old facts and added with their new ones; each touched publication-day document is then read, changed
/// and written once.
/// </summary>
internal sealed class AggregateDelta
{
    private readonly Dictionary<(string Pub, DateOnly Day), Changes> _days = [];

    public bool IsEmpty => _days.Count == 0;

    /// <summary>Adds (+1) or removes (−1) a post's share; <paramref name="displayName"/> (its author's) goes into the word signature.</summary>
    public void Add(PostFacts facts, (AuthorRole Role, Specialty Specialty) author, string? displayName, int sign)
    {
        DateOnly day = DateOnly.FromDateTime(facts.CreatedAt.UtcDateTime);
        int cell = DailyCells.CellKey(facts.Platform, author.Role, author.Specialty, facts.Sentiment);
        DayPostList.Entry entry = sign > 0 ? Entry(facts, author, displayName) : default;
        foreach (string pub in facts.Publications)
        {
            if (!_days.TryGetValue((pub, day), out Changes? changes))
                _days[(pub, day)] = changes = new Changes();
            // The last change of a post wins: removing its old facts then adding its new ones leaves the new entry.
            changes.Posts[facts.PostKey] = sign > 0 ? entry : null;
            changes.Reactions.TryGetValue(cell, out var r);
            changes.Reactions[cell] = (r.Posts + sign, r.Evaluating + (facts.Evaluating ? sign : 0));
            foreach (Aspect aspect in facts.Aspects)
            {
                long key = DailyCells.AspectKey(aspect, cell);
                changes.Aspects[key] = changes.Aspects.GetValueOrDefault(key) + sign;
            }
        }
    }

    /// <summary>A post's day list entry: time of day, facets, key and word signature.</summary>
    public static DayPostList.Entry Entry(PostFacts facts, (AuthorRole Role, Specialty Specialty) author, string? displayName) =>
        new((int)facts.CreatedAt.UtcDateTime.TimeOfDay.TotalMilliseconds,
            PostFacets.Pack(facts.Sentiment, author.Role, author.Specialty, facts.Aspects), facts.PostKey,
            WordSignature.Of(facts.Text, facts.Handle, displayName));

    /// <summary>Writes the changed days; a day left without posts is deleted so reads stay short.</summary>
    public void Apply(ILiteCollection<BsonDocument> daily, ILiteCollection<BsonDocument> dayPosts, ILiteCollection<BsonDocument> dayWords)
    {
        foreach (((string pub, DateOnly day), Changes changes) in _days)
            ApplyPosts(dayPosts, dayWords, pub, day, changes);
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

    private static void ApplyPosts(ILiteCollection<BsonDocument> dayPosts, ILiteCollection<BsonDocument> dayWords, string pub, DateOnly day, Changes changes)
    {
        string id = DailyCells.Id(pub, day);
        BsonDocument? stored = dayPosts.FindById(id);
        if (stored is null && changes.Posts.Values.All(e => e is null))
            return;
        DayPostList list = stored is null ? new DayPostList(pub, day) : DayPostList.FromDocuments(stored, dayWords.FindById(id));
        foreach ((string postKey, DayPostList.Entry? entry) in changes.Posts)
        {
            if (entry is { } e)
                list.Set(e);
            else
                list.Remove(postKey);
        }
        if (list.Count > 0)
        {
            (BsonDocument posts, BsonDocument words) = list.ToDocuments();
            dayPosts.Upsert(posts);
            dayWords.Upsert(words);
        }
        else if (stored is not null)
        {
            dayPosts.Delete(id);
            dayWords.Delete(id);
        }
    }

    private sealed class Changes
    {
        public Dictionary<string, DayPostList.Entry?> Posts { get; } = new(StringComparer.Ordinal);
        public Dictionary<int, (int Posts, int Evaluating)> Reactions { get; } = [];
        public Dictionary<long, int> Aspects { get; } = [];

        public bool IsNoOp => Reactions.Values.All(r => r.Posts == 0 && r.Evaluating == 0) && Aspects.Values.All(n => n == 0);
    }
}
