namespace SentimentMonitor.Sources.Tests.Import.X;

/// <summary>Hand-written X API v2 payloads in the twarc2 shapes, for cases the recorded fixtures lack.</summary>
internal static class XPayloads
{
    public const string Doi = "10.1056/NEJMoa2214171";

    /// <summary>One page: a DOI tweet with emoji before the link, an NEJM link, a PubMed link, a bare t.co, a retweet, a quote, a long note tweet.</summary>
    public static readonly string Page = Line("""
        {"data":[
          {"id":"1001","author_id":"u1","created_at":"2023-04-27T12:00:00.000Z","lang":"en","text":"🎉🧒 Infant ALL &amp; blinatumomab: https://t.co/aaa1 wow",
           "entities":{"urls":[{"start":33,"end":56,"url":"https://t.co/aaa1","expanded_url":"https://doi.org/10.1056/NEJMoa2214171","display_url":"doi.org/10.1056/NEJMo…"}]},
           "public_metrics":{"like_count":12,"retweet_count":3,"reply_count":2,"quote_count":1,"impression_count":456}},
          {"id":"1002","author_id":"u2","created_at":"2023-04-27T13:00:00.000Z","text":"Read it at https://t.co/bbb2 and https://t.co/ccc3 &lt;3",
           "entities":{"urls":[
             {"start":11,"end":34,"url":"https://t.co/bbb2","expanded_url":"https://t.co/bbb2x","unwound_url":"https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home","display_url":"nejm.org/doi/full/10.1…"},
             {"start":39,"end":62,"url":"https://t.co/ccc3","expanded_url":"https://pubmed.ncbi.nlm.nih.gov/37099340/","display_url":"pubmed.ncbi.nlm.nih.gov/37099340/"}]}},
          {"id":"1003","author_id":"u1","created_at":"2023-04-27T14:00:00.000Z","text":"Shortened: https://t.co/ddd4",
           "entities":{"urls":[{"start":11,"end":34,"url":"https://t.co/ddd4","display_url":"t.co/ddd4"}]}},
          {"id":"1004","author_id":"u2","created_at":"2023-04-27T15:00:00.000Z","text":"RT @doc_one: 🎉🧒 Infant ALL &amp; blinatumomab: https://t.co/a…",
           "referenced_tweets":[{"type":"retweeted","id":"1001"}],"public_metrics":{"like_count":0,"retweet_count":3,"reply_count":0,"quote_count":0}},
          {"id":"1005","author_id":"u2","created_at":"2023-04-27T16:00:00.000Z","text":"Important trial https://t.co/eee5",
           "referenced_tweets":[{"type":"quoted","id":"1001"},{"type":"replied_to","id":"999"}],
           "entities":{"urls":[{"start":16,"end":39,"url":"https://t.co/eee5","expanded_url":"https://twitter.com/doc_one/status/1001"}]}},
          {"id":"1006","author_id":"u1","created_at":"2023-04-27T17:00:00.000Z","text":"Long thread start… https://t.co/fff6",
           "note_tweet":{"text":"Long thread start, all of it &amp; more: see https://t.co/ggg7","entities":{"urls":[{"start":40,"end":63,"url":"https://t.co/ggg7","expanded_url":"https://www.nejm.org/doi/10.1056/NEJMoa2214171"}]}}}
        ],
        "includes":{
          "users":[
            {"id":"u1","username":"doc_one","name":"Dr One","description":"Paediatric oncologist. Blog: https://t.co/bio1","verified_type":"blue",
             "public_metrics":{"followers_count":1234},"entities":{"description":{"urls":[{"start":29,"end":52,"url":"https://t.co/bio1","expanded_url":"https://drone.example.org/blog"}]}}},
            {"id":"u2","username":"nurse_two","name":"Nurse Two &amp; co","description":"RN","verified_type":"none","public_metrics":{"followers_count":5}}],
          "tweets":[
            {"id":"1001","author_id":"u1","created_at":"2023-04-27T12:00:00.000Z","text":"🎉🧒 Infant ALL &amp; blinatumomab: https://t.co/aaa1 wow",
             "entities":{"urls":[{"start":33,"end":56,"url":"https://t.co/aaa1","expanded_url":"https://doi.org/10.1056/NEJMoa2214171"}]}}]},
        "errors":[{"value":"999","detail":"Could not find tweet with referenced_tweets.id: [999].","title":"Not Found Error","resource_type":"tweet","parameter":"referenced_tweets.id","resource_id":"999","type":"https://api.twitter.com/2/problems/resource-not-found"}],
        "meta":{"newest_id":"1006","oldest_id":"1001","result_count":6},
        "__twarc":{"url":"https://api.twitter.com/2/tweets/search/all?query=x","version":"2.14.0","retrieved_at":"2023-04-28T00:00:00+00:00"}}
        """);

    /// <summary>Collapses an indented payload onto one JSONL line (payloads contain no newlines inside strings).</summary>
    public static string Line(string json) => string.Join("", json.Split('\n').Select(l => l.Trim()));
}
