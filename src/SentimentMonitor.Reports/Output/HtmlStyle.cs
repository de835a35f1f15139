namespace SentimentMonitor.Reports.Output;

/// <summary>The inline stylesheet of report.html; colours match <see cref="Charts.ChartPalette"/>.</summary>
public static class HtmlStyle
{
    public const string Css = """
        body{margin:0;background:#F4F6F7;color:#2C3E50;font:16px/1.5 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        main{max-width:1100px;margin:0 auto;padding:24px 32px 48px;background:#fff}
        h1{font-size:30px;margin:8px 0 4px}h2{font-size:24px;margin:40px 0 8px;padding-top:16px;border-top:2px solid #E5E8E8}
        h3{font-size:18px;margin:28px 0 8px}.meta{color:#5D6D7E;margin:4px 0 16px}
        a{color:#2E86C1}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px;margin:16px 0 8px}
        .card{border:1px solid #E5E8E8;border-radius:8px;padding:10px 14px;background:#FBFCFC}
        .card .label{font-size:13px;color:#5D6D7E;text-transform:uppercase;letter-spacing:.04em}.card .value{font-size:18px;font-weight:600}
        figure{margin:24px 0}figure img{width:100%;height:auto;border:1px solid #E5E8E8;border-radius:6px}
        figcaption{font-size:14px;color:#5D6D7E;margin-top:6px}
        blockquote{margin:12px 0;padding:10px 16px;background:#FBFCFC;border-left:5px solid #95A5A6;border-radius:4px}
        blockquote.positive{border-left-color:#27AE60}blockquote.negative{border-left-color:#C0392B}
        blockquote p{margin:0 0 6px;white-space:pre-wrap;overflow-wrap:anywhere}cite{font-style:normal;font-size:14px;color:#5D6D7E}
        .method li{margin:4px 0}.caveats li{color:#7B241C}
        footer{margin-top:40px;font-size:13px;color:#5D6D7E}
        """;
}
