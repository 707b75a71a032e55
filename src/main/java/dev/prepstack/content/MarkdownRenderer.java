package dev.prepstack.content;

import java.util.List;
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
                        "a")
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
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // Headings in content start at h2: the page itself owns h1.
        String html =
                renderer.render(parser.parse(markdown)).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return policy.sanitize(html);
    }
}
