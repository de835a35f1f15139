using System.Text;
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
        StringBuilder sb = new(tokens.Count * 6);
        Span<char> buffer = stackalloc char[128];
        int negationLeft = 0;
        foreach (TextToken token in tokens)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            scoped ReadOnlySpan<char> text;
            if (token.Kind is TokenKind.Emoji or TokenKind.Emoticon)
                text = token.Text;
            else
            {
                // Lower case and squeezed elongations, written without allocating a string per token.
                Span<char> target = token.Text.Length <= buffer.Length ? buffer : new char[token.Text.Length];
                text = target[..SocialTokenizer.LowerAndSqueeze(token.Text, target)];
            }
            sb.Append(text);
            if (!Options.MarkNegation)
                continue;
            if (token.Kind == TokenKind.Punctuation && EndsClause(token.Text))
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
                sb.Append("_neg");
                negationLeft--;
            }
        }
        return sb.ToString();
    }

    private static bool EndsClause(string punctuation)
    {
        foreach (char c in punctuation)
        {
            if (c is '.' or ',' or ';' or ':' or '!' or '?')
                return true;
        }
        return false;
    }
}
