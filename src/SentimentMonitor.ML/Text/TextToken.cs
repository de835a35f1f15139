namespace SentimentMonitor.ML.Text;

/// <summary>What a token of a normalised post is; URLs, mentions and hashtag words are kinds of their own.</summary>
internal enum TokenKind
{
    Word,
    Punctuation,
    Emoji,
    Emoticon,
    Url,
    Mention,
    HashtagWord,
}

/// <summary>One token of a post as it was written (case kept), with its kind.</summary>
internal readonly record struct TextToken(string Text, TokenKind Kind);
