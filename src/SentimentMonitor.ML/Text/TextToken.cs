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

/// <summary>
/// One token of a post as it was written (case kept), with its kind: a slice of <paramref name="Source"/> (the
/// post, or a constant such as "url"), so tokenising allocates no string per token.
/// </summary>
internal readonly record struct TextToken(string Source, int Start, int Length, TokenKind Kind)
{
    public TextToken(string text, TokenKind kind)
        : this(text, 0, text.Length, kind)
    {
    }

    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>The token as a string (allocates unless the token is a whole constant; for tests and cold paths).</summary>
    public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);
}
