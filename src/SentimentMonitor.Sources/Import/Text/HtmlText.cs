using System.Net;
using System.Text;

namespace SentimentMonitor.Sources.Import.Text;

/// <summary>
/// Turns Mastodon's status and bio HTML into the plain text people read: paragraphs become blank lines,
/// &lt;br&gt; a newline, entities are decoded, and the "invisible"/"ellipsis" spans that shorten shown URLs are
/// kept, so the text carries the whole URL. Collects the &lt;a href&gt; targets that are real links
/// (not mentions or hashtags).
/// </summary>
public static class HtmlText
{
    /// <summary>Plain text of an HTML fragment.</summary>
    public static string ToPlainText(string? html) => Convert(html, null);

    /// <summary>Plain text of an HTML fragment; link targets (mention and hashtag anchors excluded) are added to <paramref name="links"/>.</summary>
    public static string ToPlainText(string? html, ICollection<string> links) => Convert(html, links);

    internal static string Convert(string? html, ICollection<string>? links)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
            return html.Trim();
        StringBuilder text = new(html.Length);
        bool breakPending = false;
        int i = 0;
        while (i < html.Length)
        {
            int tagStart = html.IndexOf('<', i);
            int textEnd = tagStart < 0 ? html.Length : tagStart;
            if (textEnd > i)
                AppendText(text, html.AsSpan(i, textEnd - i), ref breakPending);
            if (tagStart < 0)
                break;
            if (string.CompareOrdinal(html, tagStart, "<!--", 0, 4) == 0)
            {
                int commentEnd = html.IndexOf("-->", tagStart + 4, StringComparison.Ordinal);
                i = commentEnd < 0 ? html.Length : commentEnd + 3;
                continue;
            }
            int tagEnd = html.IndexOf('>', tagStart + 1);
            if (tagEnd < 0)
            {
                AppendText(text, html.AsSpan(tagStart), ref breakPending);
                break;
            }
            HandleTag(html.AsSpan(tagStart + 1, tagEnd - tagStart - 1), text, links, ref breakPending);
            i = tagEnd + 1;
        }
        return text.ToString().Trim();
    }

    private static void AppendText(StringBuilder text, ReadOnlySpan<char> raw, ref bool breakPending)
    {
        if (raw.IsEmpty)
            return;
        if (breakPending && text.Length > 0)
        {
            // A block ended before this text: one blank line between paragraphs.
            TrimTrailing(text);
            text.Append("\n\n");
        }
        breakPending = false;
        text.Append(raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw);
    }

    private static void HandleTag(ReadOnlySpan<char> tag, StringBuilder text, ICollection<string>? links, ref bool breakPending)
    {
        bool closing = tag.Length > 0 && tag[0] == '/';
        ReadOnlySpan<char> body = closing ? tag[1..] : tag;
        int nameEnd = 0;
        while (nameEnd < body.Length && char.IsAsciiLetterOrDigit(body[nameEnd]))
            nameEnd++;
        ReadOnlySpan<char> name = body[..nameEnd];
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            text.Append('\n');
        }
        else if (name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("div", StringComparison.OrdinalIgnoreCase)
                 || name.Equals("blockquote", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase))
        {
            // A block starts or ends: the next text goes after a blank line.
            breakPending = true;
        }
        else if (!closing && links is not null && name.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            string? href = Attribute(body[nameEnd..], "href");
            if (!string.IsNullOrWhiteSpace(href) && !IsMentionOrTag(body[nameEnd..]))
                links.Add(href.Trim());
        }
    }

    private static bool IsMentionOrTag(ReadOnlySpan<char> attributes)
    {
        string? cls = Attribute(attributes, "class");
        string? rel = Attribute(attributes, "rel");
        return HasToken(cls, "mention") || HasToken(cls, "hashtag") || HasToken(rel, "tag");
    }

    private static bool HasToken(string? list, string token)
    {
        if (list is null)
            return false;
        foreach (string part in list.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals(token, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Value of a quoted (or bare) attribute, entities decoded; null when absent.</summary>
    private static string? Attribute(ReadOnlySpan<char> attributes, string name)
    {
        int at = 0;
        while (at < attributes.Length)
        {
            int found = attributes[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
                return null;
            int start = at + found;
            int after = start + name.Length;
            bool boundaryBefore = start == 0 || char.IsWhiteSpace(attributes[start - 1]);
            int eq = after;
            while (eq < attributes.Length && char.IsWhiteSpace(attributes[eq]))
                eq++;
            if (boundaryBefore && eq < attributes.Length && attributes[eq] == '=')
            {
                int valueStart = eq + 1;
                while (valueStart < attributes.Length && char.IsWhiteSpace(attributes[valueStart]))
                    valueStart++;
                if (valueStart >= attributes.Length)
                    return "";
                char quote = attributes[valueStart];
                ReadOnlySpan<char> rest = quote is '"' or '\'' ? attributes[(valueStart + 1)..] : attributes[valueStart..];
                int valueEnd = quote is '"' or '\'' ? rest.IndexOf(quote) : rest.IndexOfAny(' ', '\t', '/');
                ReadOnlySpan<char> value = valueEnd < 0 ? rest : rest[..valueEnd];
                return WebUtility.HtmlDecode(value.ToString());
            }
            at = after;
        }
        return null;
    }

    private static void TrimTrailing(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] is ' ' or '\n')
            text.Length--;
    }
}
