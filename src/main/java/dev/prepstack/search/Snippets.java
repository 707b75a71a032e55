package dev.prepstack.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Result snippets: the summary, or the answer sentence that matches the query best, escaped as HTML
 * with the matching words in {@code <mark>}. Everything but our own mark tags is escaped.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final int MAX = 240;

    private Snippets() {}

    static String of(SearchIndex index, IndexedQuestion q, Set<String> stems) {
        String text = q.summary();
        if (!stems.isEmpty() && count(index, text, stems) == 0) {
            String best = null;
            int bestCount = 0;
            Matcher m = SENTENCE.matcher(q.answer());
            while (m.find()) {
                String sentence = m.group().strip();
                int c = count(index, sentence, stems);
                if (c > bestCount) {
                    best = sentence;
                    bestCount = c;
                }
            }
            if (best != null) {
                text = best.length() > MAX ? best.substring(0, MAX) + "…" : best;
            }
        }
        return highlight(index, text, stems);
    }

    private static int count(SearchIndex index, String text, Set<String> stems) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String stem = index.stem(m.group());
            if (stem != null && stems.contains(stem)) {
                n++;
            }
        }
        return n;
    }

    static String highlight(SearchIndex index, String text, Set<String> stems) {
        var out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(HtmlUtils.htmlEscape(text.substring(last, m.start())));
            String word = m.group();
            String stem = stems.isEmpty() ? null : index.stem(word);
            if (stem != null && stems.contains(stem)) {
                out.append("<mark>").append(HtmlUtils.htmlEscape(word)).append("</mark>");
            } else {
                out.append(HtmlUtils.htmlEscape(word));
            }
            last = m.end();
        }
        out.append(HtmlUtils.htmlEscape(text.substring(last)));
        return out.toString();
    }
}
