using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage;

/// <summary>Authors: lookups and labels. A role change moves all the author's posts between aggregate rows.</summary>
public sealed partial class LiteDbStore
{
    public Author? GetAuthor(string authorKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(authorKey);
        return Read(() => _authors.FindById(authorKey) is { } doc ? AuthorDocuments.FromDocument(doc) : null);
    }

    public IReadOnlyList<Author> FindAuthorsByHandle(string handle)
    {
        ArgumentException.ThrowIfNullOrEmpty(handle);
        string wanted = AuthorDocuments.NormalizeHandle(handle);
        return Read(() => _authors.Find(LiteDB.Query.EQ("hl", wanted)).Select(AuthorDocuments.FromDocument).ToArray());
    }

    public IEnumerable<Author> Authors() => Read(() => _authors.FindAll().Select(AuthorDocuments.FromDocument).ToList());

    public void SetMachineAuthorLabels(IReadOnlyList<(string AuthorKey, AuthorClassification Classification)> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        InTransaction(() =>
        {
            AggregateDelta delta = new();
            foreach ((string authorKey, AuthorClassification classification) in labels)
                Relabel(authorKey, doc => doc["ml"] = AuthorDocuments.ClassificationToDocument(classification), delta);
            delta.Apply(_daily, _dayPosts, _dayWords);
        });
    }

    public void SetHumanAuthorLabel(string authorKey, AuthorClassification? classification)
    {
        ArgumentException.ThrowIfNullOrEmpty(authorKey);
        InTransaction(() =>
        {
            AggregateDelta delta = new();
            Relabel(authorKey, doc =>
            {
                if (classification is null) doc.Remove("hu");
                else doc["hu"] = AuthorDocuments.ClassificationToDocument(classification);
            }, delta);
            delta.Apply(_daily, _dayPosts, _dayWords);
        });
    }

    private void Relabel(string authorKey, Action<BsonDocument> edit, AggregateDelta delta)
    {
        BsonDocument? doc = _authors.FindById(authorKey);
        if (doc is null)
            return;
        var before = AuthorDocuments.EffectiveRole(doc);
        edit(doc);
        _authors.Update(doc);
        var after = AuthorDocuments.EffectiveRole(doc);
        if (before == after)
            return;
        string? name = AuthorDocuments.DisplayName(doc);
        ReenterPosts(authorKey, before, name, name, delta, after);
    }

    public CollectionCursor? GetCursor(string cursorKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(cursorKey);
        return Read(() => _cursors.FindById(cursorKey) is { } doc ? PublicationDocuments.CursorFromDocument(doc) : null);
    }

    public void SaveCursor(CollectionCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        InTransaction(() => _cursors.Upsert(PublicationDocuments.CursorToDocument(cursor)));
    }
}
