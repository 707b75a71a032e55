package dev.prepstack.feedback;

import dev.prepstack.content.Misconception;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence says something else than a key point: another member of a closed set of terms,
 * other numbers, or a bank "common mistake" about the point restated. Such a sentence is never the
 * point's evidence, and a point it disputes is never a sure tick.
 */
final class Contradictions {

    /**
     * Closed sets of terms where naming another member than the key point's states something else
     * (the isolation level a database defaults to, the protocol, the consistency model). General
     * vocabulary of backend interviews, not of any one question.
     */
    private static final List<List<String>> SLOTS = List.of(
            List.of("read uncommitted", "read committed", "repeatable read", "serializable", "snapshot isolation"),
            List.of("tcp", "udp", "quic"),
            List.of("strong consistency", "eventual consistency", "causal consistency"),
            List.of("at-most-once", "at-least-once", "exactly-once"),
            List.of("o(1)", "o(log n)", "o(n)", "o(n log n)", "o(n^2)"),
            List.of("symmetric", "asymmetric"),
            List.of("lifo", "fifo"));

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])\\d+(?:\\.\\d+)?");

    private Contradictions() {}

    /**
     * The sentence's claim is about another member of a closed set than the point's (the first member
     * each names differs and the sentence never names the point's), or about other numbers.
     */
    static boolean otherSlot(String point, String sentence) {
        String p = " " + String.join(" ", TextFeatures.words(point)) + " ";
        String s = " " + String.join(" ", TextFeatures.words(sentence)) + " ";
        for (List<String> slot : SLOTS) {
            String pointFirst = firstMember(p, slot);
            String sentenceFirst = firstMember(s, slot);
            if (pointFirst != null
                    && sentenceFirst != null
                    && !pointFirst.equals(sentenceFirst)
                    && !s.contains(" " + pointFirst + " ")) {
                return true;
            }
        }
        Set<String> pointNumbers = numbers(point);
        Set<String> sentenceNumbers = numbers(sentence);
        return !pointNumbers.isEmpty()
                && !sentenceNumbers.isEmpty()
                && pointNumbers.stream().noneMatch(sentenceNumbers::contains);
    }

    private static String firstMember(String text, List<String> slot) {
        String first = null;
        int at = Integer.MAX_VALUE;
        for (String term : slot) {
            int i = text.indexOf(" " + term + " ");
            if (i >= 0 && i < at) {
                at = i;
                first = term;
            }
        }
        return first;
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The sentence is nearer a known mistake about this point than both the point and the mistake's
     * correction, and at least as near the mistake as the rubric's own key points are to each other
     * ({@code onTopic}). Nearer the mistake than the point alone flagged 59 of the bank's 456 own
     * summaries: a correct sentence about a common mistake is near it too, and nearer still to its
     * correction. Without the floor an off-topic sentence (the CAP theorem given as the answer to a
     * question about JSON from an LLM) was "a known mistake" because it was a little less far from
     * the mistake than from everything else.
     *
     * @param vectors the mistakes' claim and correction vectors, in pairs, from {@code from}
     */
    static boolean statesMistake(
            int point,
            double cosine,
            double onTopic,
            float[] sentence,
            List<Misconception> mistakes,
            List<float[]> vectors,
            int from) {
        for (int m = 0; m < mistakes.size(); m++) {
            double claim = Vectors.dot(vectors.get(from + 2 * m), sentence);
            if (mistakes.get(m).keyPoint() == point
                    && claim >= onTopic
                    && claim > cosine
                    && claim > Vectors.dot(vectors.get(from + 2 * m + 1), sentence)) {
                return true;
            }
        }
        return false;
    }
}
