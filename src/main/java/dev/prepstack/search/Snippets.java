package dev.prepstack.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Result snippets: the summary, or the answer sentence that matches the query best, escaped as HTML
 * with the matching words in {@code <mark>}. Everything but our own mark tags is escaped.
 */
final class Snippets {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final int MAX = 240;

    private Snippets() {}

    static String of(SearchIndex index, IndexedQuestion q, Set<String> stems) {
        List<SearchIndex.Span> spans = index.matches(q.summary(), stems);
        if (!spans.isEmpty() || stems.isEmpty()) {
            return highlight(q.summary(), spans, 0);
        }
        List<SearchIndex.Span> answerSpans = index.matches(q.answer(), stems);
        if (answerSpans.isEmpty()) {
            return highlight(q.summary(), List.of(), 0);
        }
        int bestStart = 0;
        int bestEnd = 0;
        int bestCount = 0;
        Matcher m = SENTENCE.matcher(q.answer());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            int count = (int) answerSpans.stream()
                    .filter(s -> s.start() >= start && s.end() <= end)
                    .count();
            if (count > bestCount) {
                bestStart = start;
                bestEnd = end;
                bestCount = count;
            }
        }
        int from = bestStart;
        int to = Math.min(bestEnd, bestStart + MAX);
        List<SearchIndex.Span> inside = answerSpans.stream()
                .filter(s -> s.start() >= from && s.end() <= to)
                .toList();
        String text = q.answer().substring(from, to);
        return highlight(text, inside, from).strip() + (to < bestEnd ? "…" : "");
    }

    /** Escapes the text and wraps each span (offsets relative to {@code base}) in mark tags. */
    static String highlight(String text, List<SearchIndex.Span> spans, int base) {
        var out = new StringBuilder();
        int last = 0;
        for (SearchIndex.Span span : spans) {
            int start = span.start() - base;
            int end = span.end() - base;
            if (start < last || end > text.length()) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(text.substring(last, start)))
                    .append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(start, end)))
                    .append("</mark>");
            last = end;
        }
        out.append(HtmlUtils.htmlEscape(text.substring(last)));
        return out.toString();
    }
}
