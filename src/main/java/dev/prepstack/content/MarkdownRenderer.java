package dev.prepstack.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown into HTML that is safe to insert into a page. Raw HTML in the source is escaped by
 * the renderer and the result is sanitised again, so neither content files nor (later) user text can
 * inject markup or script.
 */
@Component
public class MarkdownRenderer {

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[a-z0-9+#-]{1,30}");
    private static final Pattern DIAGRAM_SRC = Pattern.compile("/questions/[a-z0-9-]{1,80}/diagram-[0-9]{1,2}\\.svg");
    private static final Pattern PLANTUML_BLOCK =
            Pattern.compile("<pre><code class=\"language-plantuml\">.*?</code></pre>", Pattern.DOTALL);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    public MarkdownRenderer() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
        this.policy = new HtmlPolicyBuilder()
                .allowElements(
                        "p",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "ul",
                        "ol",
                        "li",
                        "strong",
                        "em",
                        "code",
                        "pre",
                        "blockquote",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "hr",
                        "br",
                        "del",
                        "a",
                        "figure",
                        "img")
                .allowAttributes("src")
                .matching(DIAGRAM_SRC)
                .onElements("img")
                .allowAttributes("alt")
                .onElements("img")
                .allowAttributes("class")
                .matching(false, "diagram")
                .onElements("figure")
                .allowAttributes("class")
                .matching(LANGUAGE_CLASS)
                .onElements("code")
                .allowAttributes("align")
                .matching(false, "left", "right", "center")
                .onElements("th", "td")
                .allowAttributes("href")
                .onElements("a")
                .allowUrlProtocols("https", "http", "mailto")
                .requireRelNofollowOnLinks()
                .toFactory();
    }

    public String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, null, null);
    }

    /**
     * Renders a question's answer. PlantUML blocks become images served as SVG by the question's
     * diagram endpoint ({@code /questions/{slug}/diagram-{n}.svg}), so pages stay free of inline script.
     */
    public String toSafeHtml(String markdown, String questionSlug, String questionTitle) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // Headings in content start at h2: the page itself owns h1.
        String html =
                renderer.render(parser.parse(markdown)).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        if (questionSlug != null) {
            html = diagramsAsImages(html, questionSlug, questionTitle);
        }
        return policy.sanitize(html);
    }

    private static String diagramsAsImages(String html, String slug, String title) {
        Matcher matcher = PLANTUML_BLOCK.matcher(html);
        var out = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            index++;
            String alt = ("Diagram " + index + ": " + title).replaceAll("[\"<>&]", " ");
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement("<figure class=\"diagram\"><img src=\"/questions/" + slug + "/diagram-"
                            + index + ".svg\" alt=\"" + alt + "\"></figure>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
