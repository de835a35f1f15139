using System.Text;

namespace SentimentMonitor.Sources.Tests.Import.Bluesky;

/// <summary>Hand-written Bluesky XRPC payloads (getAuthorFeed / searchPosts shapes) for cases the fixtures lack.</summary>
internal static class BlueskyPayloads
{
    public const string DoiText = "🎉 Blinatumomab in infants: doi.org/10.1056/NEJ...";
    public const string DoiUrl = "https://doi.org/10.1056/NEJMoa2214171";

    /// <summary>UTF-8 byte offsets of the shortened link text inside <see cref="DoiText"/> (the emoji is 4 bytes, 2 UTF-16 units).</summary>
    public static (int Start, int End) DoiFacet()
    {
        int charStart = DoiText.IndexOf("doi.org", StringComparison.Ordinal);
        int start = Encoding.UTF8.GetByteCount(DoiText[..charStart]);
        return (start, Encoding.UTF8.GetByteCount(DoiText));
    }

    public static string Author(string did, string handle) =>
        $$"""{"did":"{{did}}","handle":"{{handle}}","displayName":"Name of {{handle}}","labels":[]}""";

    /// <summary>getAuthorFeed page: a DOI post (emoji before the link), an NEJM external card reply, a repost of the DOI post, a quote with media.</summary>
    public static string Feed()
    {
        (int start, int end) = DoiFacet();
        string doiPost = """
            {"uri":"at://did:plc:doc1/app.bsky.feed.post/3kdoi","cid":"c1","author":@@0@@,
             "record":{"$type":"app.bsky.feed.post","createdAt":"2023-04-27T12:00:00+00:00","langs":["en","de"],"text":"@@1@@",
               "facets":[{"index":{"byteStart":@@2@@,"byteEnd":@@3@@},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"@@4@@"}]}]},
             "likeCount":7,"repostCount":2,"replyCount":1,"quoteCount":1,"indexedAt":"2023-04-27T12:00:01.000Z"}
            """.Replace("@@0@@", Author("did:plc:doc1", "doc.bsky.social")).Replace("@@1@@", DoiText).Replace("@@2@@", start.ToString()).Replace("@@3@@", end.ToString()).Replace("@@4@@", DoiUrl);
        return """
            {"feed":[
              {"post":@@5@@},
              {"post":{"uri":"at://did:plc:nurse2/app.bsky.feed.post/3knejm","cid":"c2","author":@@6@@,
                "record":{"$type":"app.bsky.feed.post","createdAt":"2023-04-28T08:30:00Z","text":"Agree, see the paper",
                  "reply":{"root":{"uri":"at://did:plc:doc1/app.bsky.feed.post/3kdoi","cid":"c1"},"parent":{"uri":"at://did:plc:doc1/app.bsky.feed.post/3kdoi","cid":"c1"}},
                  "embed":{"$type":"app.bsky.embed.external","external":{"uri":"https://www.nejm.org/doi/full/10.1056/NEJMoa2214171","title":"Blinatumomab","description":"cites doi 10.1000/other"}}},
                "embed":{"$type":"app.bsky.embed.external#view","external":{"uri":"https://www.nejm.org/doi/full/10.1056/NEJMoa2214171","title":"Blinatumomab","description":"","thumb":"https://cdn.example/t.jpg"}},
                "indexedAt":"2023-04-28T08:30:01.000Z"}},
              {"post":@@7@@,
               "reason":{"$type":"app.bsky.feed.defs#reasonRepost","by":@@8@@,"indexedAt":"2023-04-29T10:00:00.000Z"}},
              {"post":{"uri":"at://did:plc:fan3/app.bsky.feed.post/3kquote","cid":"c4","author":@@9@@,
                "record":{"$type":"app.bsky.feed.post","createdAt":"2023-04-30T09:00:00.123456Z","text":"Big if true",
                  "embed":{"$type":"app.bsky.embed.recordWithMedia",
                    "record":{"$type":"app.bsky.embed.record","record":{"uri":"at://did:plc:doc1/app.bsky.feed.post/3kdoi","cid":"c1"}},
                    "media":{"$type":"app.bsky.embed.external","external":{"uri":"https://pubmed.ncbi.nlm.nih.gov/37099340/","title":"PubMed","description":""}}}},
                "indexedAt":"2023-04-30T09:00:01.000Z"}}
            ],"cursor":"abc"}
            """.Replace("@@5@@", doiPost).Replace("@@6@@", Author("did:plc:nurse2", "nurse.example.com")).Replace("@@7@@", doiPost).Replace("@@8@@", Author("did:plc:fan3", "fan.bsky.social")).Replace("@@9@@", Author("did:plc:fan3", "handle.invalid"));
    }
}
