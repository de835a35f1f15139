namespace SentimentMonitor.Core.Domain;

/// <summary>What a post is relative to another post.</summary>
public enum PostRelation
{
    Original,
    Reply,
    Quote,
    Repost,
}
