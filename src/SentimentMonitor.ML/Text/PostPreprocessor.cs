using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Lexicon;

namespace SentimentMonitor.ML.Text;

/// <summary>Turns a raw post (and its publication's title) into the normalised text and lexicon features a model reads.</summary>
internal sealed class PostPreprocessor(PreprocessingOptions options)
{
    private static readonly float[] NoLexicon = new float[LexiconFeatures.Count];
    private static readonly float[] NoRules = new float[ClinicalAspectVocabulary.FeatureCount];

    public PreprocessingOptions Options { get; } = options;

    public PreparedPost Prepare(string text, string? publicationTitle)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<TextToken> tokens = SocialTokenizer.Tokenize(text);
        if (Options.StripTitle)
            tokens = TitleStripper.Strip(tokens, publicationTitle);
        float[] lexicon = Options.Lexicon ? LexiconFeatures.Compute(tokens) : NoLexicon;
        string prepared = Options.Normalize ? Join(tokens) : text;
        float[] rules = Options.AspectRules ? ClinicalAspectVocabulary.Features(text) : NoRules;
        return new PreparedPost(prepared, lexicon, rules);
    }

    private string Join(List<TextToken> tokens)
    {
        // Upper bound of the output: each token lower-cased (same length) or squeezed (shorter), a separator and a
        // "_neg" suffix; "url" and "@user" are constants that may be longer than what they replace.
        int capacity = 0;
        foreach (TextToken token in tokens)
            capacity += token.Length + 1 + 4 + (token.Kind is TokenKind.Url or TokenKind.Mention ? 5 : 0);
        char[]? rented = capacity > 1024 ? System.Buffers.ArrayPool<char>.Shared.Rent(capacity) : null;
        Span<char> output = rented is null ? stackalloc char[1024] : rented;
        int length = 0;
        int negationLeft = 0;
        foreach (TextToken token in tokens)
        {
            if (length > 0)
                output[length++] = ' ';
            ReadOnlySpan<char> source = token.Span;
            int start = length;
            if (token.Kind is TokenKind.Emoji or TokenKind.Emoticon)
            {
                source.CopyTo(output[length..]);
                length += source.Length;
            }
            else
            {
                // Lower case and squeezed elongations, written straight into the output.
                length += SocialTokenizer.LowerAndSqueeze(source, output[length..]);
            }
            ReadOnlySpan<char> text = output[start..length];
            if (!Options.MarkNegation)
                continue;
            if (token.Kind == TokenKind.Punctuation && EndsClause(source))
            {
                negationLeft = 0;
                continue;
            }
            if (token.Kind is not (TokenKind.Word or TokenKind.HashtagWord))
                continue;
            if (NegationCues.IsCue(text))
            {
                negationLeft = Options.NegationScope;
                continue;
            }
            if (text is "but" or "however" or "although" or "though")
            {
                negationLeft = 0;
                continue;
            }
            if (negationLeft > 0)
            {
                "_neg".CopyTo(output[length..]);
                length += 4;
                negationLeft--;
            }
        }
        string joined = new(output[..length]);
        if (rented is not null)
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return joined;
    }

    private static bool EndsClause(ReadOnlySpan<char> punctuation)
    {
        foreach (char c in punctuation)
        {
            if (c is '.' or ',' or ';' or ':' or '!' or '?')
                return true;
        }
        return false;
    }
}
