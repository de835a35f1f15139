namespace SentimentMonitor.Sources.Tests.Import.Mastodon;

/// <summary>Hand-written Mastodon Status payloads (tag timeline shape) for cases the fixtures lack.</summary>
internal static class MastodonPayloads
{
    public const string DoiStatusUri = "https://med.example/users/drpeds/statuses/111";

    private const string Account = """
        {"id":"9","username":"drpeds","acct":"drpeds","display_name":"Dr Peds","bot":false,"followers_count":321,
         "url":"https://med.example/@drpeds","note":"<p>Paediatric haematologist &amp; researcher.<br>Views mine. <a href=\"https://med.example/tags/MedOnc\" class=\"mention hashtag\" rel=\"tag\">#<span>MedOnc</span></a></p>"}
        """;

    private const string RemoteBot = """
        {"id":"10","username":"paperbot","acct":"paperbot@bots.example","display_name":"Paper Bot","bot":true,"url":"https://bots.example/@paperbot","note":""}
        """;

    /// <summary>A tag timeline page: a DOI post (invisible/ellipsis spans, mention and hashtag anchors, entities), a reblog of it, an NEJM card post with a content warning.</summary>
    public static string TagTimeline() => """
        [
          {"id":"111","created_at":"2023-04-27T12:00:00.000Z","in_reply_to_id":null,"language":"en","uri":"@URI","url":"https://med.example/@drpeds/111",
           "replies_count":1,"reblogs_count":2,"favourites_count":3,"quotes_count":0,"spoiler_text":"","card":null,"reblog":null,
           "content":"<p>New in <a href=\"https://med.example/tags/NEJM\" class=\"mention hashtag\" rel=\"tag\">#<span>NEJM</span></a> for <span class=\"h-card\"><a href=\"https://other.example/@onc\" class=\"u-url mention\">@<span>onc</span></a></span> &amp; friends:</p><p>🎉 <a href=\"https://doi.org/10.1056/NEJMoa2214171\" target=\"_blank\" rel=\"nofollow noopener noreferrer\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">doi.org/10.1056/NEJMoa22</span><span class=\"invisible\">14171</span></a><br>PubMed: <a href=\"https://pubmed.ncbi.nlm.nih.gov/37099340/\">pubmed</a></p>",
           "account":@ACCOUNT},
          {"id":"112","created_at":"2023-04-28T09:00:00.000Z","in_reply_to_id":null,"language":null,"uri":"https://bots.example/users/paperbot/statuses/5/activity","url":null,
           "replies_count":0,"reblogs_count":0,"favourites_count":0,"spoiler_text":"","content":"","card":null,
           "reblog":{"id":"111","created_at":"2023-04-27T12:00:00.000Z","language":"en","uri":"@URI","url":"https://med.example/@drpeds/111",
             "content":"<p>Reblogged text <a href=\"https://doi.org/10.1056/NEJMoa2214171\">doi</a></p>","account":@ACCOUNT},
           "account":@BOT},
          {"id":"113","created_at":"2023-04-29T10:00:00+00:00","in_reply_to_id":"111","language":"en","uri":"https://med.example/users/drpeds/statuses/113","url":"https://med.example/@drpeds/113",
           "spoiler_text":"Trial results","content":"<p>Short &lt;summary&gt; here</p>",
           "card":{"url":"https://www.nejm.org/doi/full/10.1056/NEJMoa2214171","title":"Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia"},
           "account":@ACCOUNT}
        ]
        """.Replace("@URI", DoiStatusUri).Replace("@ACCOUNT", Account).Replace("@BOT", RemoteBot);
}
