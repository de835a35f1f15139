using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage;

/// <summary>Post writes: every change also moves the post's index keys and its share of the pre-aggregates.</summary>
public sealed partial class LiteDbStore
{
    public WriteResult UpsertBatch(IReadOnlyList<ParsedRecord> records, CollectionCursor? cursor = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        return InTransaction(() =>
        {
            Dictionary<string, BsonDocument?> authors = new(StringComparer.Ordinal);
            foreach (ParsedRecord record in records)
                UpsertAuthor(record.Author, authors);
            AggregateDelta delta = new();
            int created = 0, duplicates = 0;
            foreach (ParsedRecord record in records)
            {
                BsonDocument doc = PostDocuments.ToDocument(record.Post);
                BsonDocument? existing = _posts.FindById(doc["_id"]);
                if (existing is null)
                {
                    created++;
                    _posts.Insert(doc);
                    PostFacts facts = PostFacts.From(doc);
                    WriteIndexKeys(facts.IndexKeys(), doc, upsert: false);
                    delta.Add(facts, RoleOf(facts.AuthorKey, authors), +1);
                    continue;
                }
                duplicates++;
                foreach (string field in PostDocuments.LabelFields)
                {
                    if (existing.TryGetValue(field, out BsonValue kept))
                        doc[field] = kept;
                }
                ReplacePost(existing, doc, authors, delta);
            }
            if (cursor is not null)
                _cursors.Upsert(PublicationDocuments.CursorToDocument(cursor));
            delta.Apply(_reactions, _aspects);
            return new WriteResult(created, duplicates);
        });
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
        WriteIndexKeys(kindsChanged ? newKeys : newKeys.Except(oldKeys), newDoc, upsert: kindsChanged);
        if (before == after || (before.Publications.SequenceEqual(after.Publications) && SameCounts(before, after)))
            return;
        delta.Add(before, RoleOf(before.AuthorKey, authors), -1);
        delta.Add(after, RoleOf(after.AuthorKey, authors), +1);
    }

    private static bool SameCounts(PostFacts a, PostFacts b) =>
        a.CreatedAt == b.CreatedAt && a.Platform == b.Platform && a.AuthorKey == b.AuthorKey && a.Sentiment == b.Sentiment
        && a.Evaluating == b.Evaluating && a.Aspects.SequenceEqual(b.Aspects);

    private void WriteIndexKeys(IEnumerable<string> keys, BsonDocument post, bool upsert)
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
            if (upsert) _postPubs.Upsert(entry); else _postPubs.Insert(entry);
        }
    }

    private void UpsertAuthor(Author author, Dictionary<string, BsonDocument?> cache)
    {
        string key = author.Key;
        BsonDocument? existing = cache.TryGetValue(key, out BsonDocument? cached) ? cached : _authors.FindById(key);
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
        AuthorDocuments.WriteProfile(existing, author);
        _authors.Update(existing);
    }

    private static bool SameProfile(BsonDocument doc, Author author) =>
        doc["h"].AsString == author.Handle
        && PostDocuments.NullableString(doc["n"]) == author.DisplayName
        && PostDocuments.NullableString(doc["b"]) == author.Bio
        && (doc["f"].IsNumber ? doc["f"].AsInt32 : (int?)null) == author.Followers;

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
        delta.Apply(_reactions, _aspects);
    });
}
