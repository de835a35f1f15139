using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage.Aggregates;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage;

/// <summary>Post writes: every change also moves the post's index keys and its share of the pre-aggregates.</summary>
public sealed partial class LiteDbStore
{
    public WriteResult UpsertBatch(IReadOnlyList<ParsedRecord> records, CollectionCursor? cursor = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        // Building documents (mostly compressing raw JSON) is pure CPU work: do it in parallel, outside the
        // transaction, so the single-threaded LiteDB writer only does LiteDB work.
        BsonDocument[] prepared = new BsonDocument[records.Count];
        Parallel.For(0, records.Count, i => prepared[i] = PostDocuments.ToDocument(records[i].Post));
        return InTransaction(() =>
        {
            Dictionary<string, BsonDocument?> authors = LoadAuthors(records);
            AggregateDelta delta = new();
            // One write per account per batch: the newest profile seen in the batch.
            foreach (Author author in records.Select(r => r.Author).GroupBy(a => a.Key).Select(g => g.MaxBy(a => a.ProfileSeenAt)!))
                UpsertAuthor(author, authors, delta);
            // One keyed lookup for the whole batch: LiteDB's per-call overhead dwarfs an index seek.
            Dictionary<string, BsonDocument> stored = FindMany(_posts, prepared.Select(d => d["_id"].AsString));
            Dictionary<string, BsonDocument> fresh = new(StringComparer.Ordinal);
            int duplicates = 0;
            foreach (BsonDocument doc in prepared)
            {
                string key = doc["_id"].AsString;
                if (stored.TryGetValue(key, out BsonDocument? existing))
                {
                    duplicates++;
                    KeepLabels(existing, doc);
                    ReplacePost(existing, doc, authors, delta);
                    stored[key] = doc;
                }
                else if (fresh.TryGetValue(key, out BsonDocument? pending))
                {
                    duplicates++; // the same post twice in one batch: the later copy wins, labels kept
                    KeepLabels(pending, doc);
                    fresh[key] = doc;
                }
                else
                {
                    fresh[key] = doc;
                }
            }
            List<BsonDocument> indexEntries = [];
            foreach (BsonDocument doc in fresh.Values)
            {
                PostFacts facts = PostFacts.From(doc);
                indexEntries.AddRange(IndexEntries(facts.IndexKeys(), doc));
                delta.Add(facts, RoleOf(facts.AuthorKey, authors), NameOf(facts.AuthorKey, authors), +1);
            }
            _posts.Insert(fresh.Values);
            _postPubs.Insert(indexEntries);
            if (cursor is not null)
                _cursors.Upsert(PublicationDocuments.CursorToDocument(cursor));
            delta.Apply(_daily, _dayPosts, _dayWords);
            return new WriteResult(fresh.Count, duplicates);
        });
    }

    private static void KeepLabels(BsonDocument from, BsonDocument to)
    {
        foreach (string field in PostDocuments.LabelFields)
        {
            if (from.TryGetValue(field, out BsonValue kept))
                to[field] = kept;
        }
    }

    /// <summary>
    /// The stored documents among <paramref name="keys"/>. A query pipeline costs ~35 µs per FindById here, so the
    /// batch's key span is first read key-only from the _id index (~3 µs per key, no documents loaded); only keys
    /// found there are fetched. When the span holds far more keys than the batch, it falls back to per-key seeks.
    /// </summary>
    private static Dictionary<string, BsonDocument> FindMany(ILiteCollection<BsonDocument> collection, IEnumerable<string> keys)
    {
        string[] sorted = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Dictionary<string, BsonDocument> found = new(StringComparer.Ordinal);
        if (sorted.Length == 0)
            return found;
        int cap = sorted.Length * 4 + 16;
        List<string> span = collection.Query()
            .Where(LiteDB.Query.Between("_id", sorted[0], sorted[^1]))
            .Select("$._id")
            .Limit(cap + 1)
            .ToEnumerable()
            .Select(d => d["_id"].AsString)
            .ToList();
        IEnumerable<string> candidates = span.Count > cap
            ? sorted
            : span.Where(k => Array.BinarySearch(sorted, k, StringComparer.Ordinal) >= 0);
        foreach (string key in candidates)
        {
            if (collection.FindById(key) is { } doc)
                found[key] = doc;
        }
        return found;
    }

    private Dictionary<string, BsonDocument?> LoadAuthors(IReadOnlyList<ParsedRecord> records)
    {
        Dictionary<string, BsonDocument?> authors = new(StringComparer.Ordinal);
        foreach ((string key, BsonDocument doc) in FindMany(_authors, records.Select(r => r.Author.Key)))
            authors[key] = doc;
        return authors;
    }

    /// <summary>Stores a changed post: moves its index keys and its aggregate share from the old facts to the new.</summary>
    private void ReplacePost(BsonDocument oldDoc, BsonDocument newDoc, Dictionary<string, BsonDocument?> authors, AggregateDelta delta)
    {
        PostFacts before = PostFacts.From(oldDoc);
        PostFacts after = PostFacts.From(newDoc);
        _posts.Update(newDoc);
        HashSet<string> oldKeys = before.IndexKeys().ToHashSet(StringComparer.Ordinal);
        HashSet<string> newKeys = after.IndexKeys().ToHashSet(StringComparer.Ordinal);
        foreach (string gone in oldKeys.Except(newKeys))
            _postPubs.Delete(gone);
        bool kindsChanged = !oldDoc["pm"].Equals(newDoc["pm"]);
        foreach (BsonDocument entry in IndexEntries(kindsChanged ? newKeys : newKeys.Except(oldKeys), newDoc))
            _postPubs.Upsert(entry);
        if (before == after || (before.Publications.SequenceEqual(after.Publications) && SameCounts(before, after) && SameWords(before, after)))
            return;
        delta.Add(before, RoleOf(before.AuthorKey, authors), NameOf(before.AuthorKey, authors), -1);
        delta.Add(after, RoleOf(after.AuthorKey, authors), NameOf(after.AuthorKey, authors), +1);
    }

    private static bool SameCounts(PostFacts a, PostFacts b) =>
        a.CreatedAt == b.CreatedAt && a.Platform == b.Platform && a.AuthorKey == b.AuthorKey && a.Sentiment == b.Sentiment
        && a.Evaluating == b.Evaluating && a.Aspects.SequenceEqual(b.Aspects);

    private static bool SameWords(PostFacts a, PostFacts b) => a.Text == b.Text && a.Handle == b.Handle;

    private static IEnumerable<BsonDocument> IndexEntries(IEnumerable<string> keys, BsonDocument post)
    {
        // The match kind rides along so matched-by counts need no post documents.
        Dictionary<string, string> kindByPub = new(StringComparer.Ordinal);
        if (post["pm"].IsArray)
        {
            foreach (BsonValue m in post["pm"].AsArray)
                kindByPub.TryAdd(m["k"].AsString, m["m"].AsString);
        }
        foreach (string key in keys)
        {
            string pub = key[..key.IndexOf('|')];
            BsonDocument entry = new() { ["_id"] = key };
            if (kindByPub.TryGetValue(pub, out string? kind))
                entry["k"] = kind;
            yield return entry;
        }
    }

    /// <summary>
    /// Inserts a new author or takes a newer profile. A changed display name is part of the word signatures of the
    /// author's posts, so those are re-entered in the day lists (same counts, new signatures).
    /// </summary>
    private void UpsertAuthor(Author author, Dictionary<string, BsonDocument?> cache, AggregateDelta delta)
    {
        string key = author.Key;
        cache.TryGetValue(key, out BsonDocument? existing);
        if (existing is null)
        {
            BsonDocument doc = AuthorDocuments.ToDocument(author);
            _authors.Insert(doc);
            cache[key] = doc;
            return;
        }
        cache[key] = existing;
        DateTimeOffset seen = BsonTime.ReadNullable(existing["seen"]) ?? DateTimeOffset.MinValue;
        if (author.ProfileSeenAt < seen)
            return;
        if (author.ProfileSeenAt == seen && SameProfile(existing, author))
            return;
        // Newer profile: replace bio and counts, keep the labels already there.
        string? oldName = AuthorDocuments.DisplayName(existing);
        AuthorDocuments.WriteProfile(existing, author);
        _authors.Update(existing);
        if (oldName != author.DisplayName)
            ReenterPosts(key, AuthorDocuments.EffectiveRole(existing), oldName, author.DisplayName, delta);
    }

    private static bool SameProfile(BsonDocument doc, Author author) =>
        doc["h"].AsString == author.Handle
        && PostDocuments.NullableString(doc["n"]) == author.DisplayName
        && PostDocuments.NullableString(doc["b"]) == author.Bio
        && (doc["f"].IsNumber ? doc["f"].AsInt32 : (int?)null) == author.Followers;

    /// <summary>Moves every post of an author from its old day list entries to new ones (role or display name changed).</summary>
    private void ReenterPosts(string authorKey, (AuthorRole, Specialty) before, string? nameBefore, string? nameAfter, AggregateDelta delta,
        (AuthorRole, Specialty)? after = null)
    {
        foreach (BsonDocument post in _posts.Find(LiteDB.Query.EQ("a", authorKey)))
        {
            PostFacts facts = PostFacts.From(post);
            delta.Add(facts, before, nameBefore, -1);
            delta.Add(facts, after ?? before, nameAfter, +1);
        }
    }

    private string? NameOf(string authorKey, Dictionary<string, BsonDocument?> cache)
    {
        if (!cache.TryGetValue(authorKey, out BsonDocument? doc))
            cache[authorKey] = doc = _authors.FindById(authorKey);
        return AuthorDocuments.DisplayName(doc);
    }

    private (AuthorRole Role, Specialty Specialty) RoleOf(string authorKey, Dictionary<string, BsonDocument?> cache)
    {
        if (!cache.TryGetValue(authorKey, out BsonDocument? doc))
        {
            doc = _authors.FindById(authorKey);
            cache[authorKey] = doc;
        }
        return AuthorDocuments.EffectiveRole(doc);
    }

    public void SetMatches(IReadOnlyList<(string PostKey, IReadOnlyList<PublicationMatch> Matches)> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        UpdatePosts(updates.Select(u => (u.PostKey, (Action<BsonDocument>)(doc => doc["pm"] = PostDocuments.MatchesToArray(u.Matches)))));
    }

    public void SetMachineLabels(IReadOnlyList<PostLabels> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        UpdatePosts(labels.Select(l => (l.PostKey, (Action<BsonDocument>)(doc =>
        {
            doc["s"] = PostDocuments.SentimentToDocument(l.Sentiment);
            if (l.Evaluating is bool evaluating) doc["ev"] = evaluating; else doc.Remove("ev");
            if (l.Aspects is not null) doc["as"] = PostDocuments.AspectsToArray(l.Aspects); else doc.Remove("as");
        }))));
    }

    public void SetHumanLabels(string postKey, Sentiment? sentiment, IReadOnlyList<Aspect>? aspects)
    {
        ArgumentException.ThrowIfNullOrEmpty(postKey);
        UpdatePosts([(postKey, doc =>
        {
            if (sentiment is Sentiment s) doc["hs"] = Slugs<Sentiment>.Of(s); else doc.Remove("hs");
            if (aspects is not null) doc["has"] = PostDocuments.AspectsToArray(aspects); else doc.Remove("has");
        })]);
    }

    /// <summary>Applies in-place edits to stored posts in one transaction; unknown keys are skipped.</summary>
    private void UpdatePosts(IEnumerable<(string PostKey, Action<BsonDocument> Edit)> edits) => InTransaction(() =>
    {
        Dictionary<string, BsonDocument?> authors = new(StringComparer.Ordinal);
        AggregateDelta delta = new();
        foreach ((string postKey, Action<BsonDocument> edit) in edits)
        {
            BsonDocument? existing = _posts.FindById(postKey);
            if (existing is null)
                continue;
            BsonDocument changed = new(existing);
            edit(changed);
            ReplacePost(existing, changed, authors, delta);
        }
        delta.Apply(_daily, _dayPosts, _dayWords);
    });
}
