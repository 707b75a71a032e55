package dev.prepstack.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences, content words and negation of English answer text: the lexical half of the evaluator. */
final class TextFeatures {

    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "is", "are", "was", "were",
            "be", "been", "being", "it", "its", "as", "at", "by", "this", "that", "these", "those", "from", "into",
            "than", "then", "so", "if", "we", "they", "their", "them", "i", "my", "me", "you", "your", "he", "she",
            "his", "her", "our", "us", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "also", "just", "very", "more", "most", "some", "any", "all", "each",
            "which", "what", "when", "where", "who", "how", "why", "there", "here", "about", "over", "such", "only",
            "one", "two", "use", "uses", "used", "using", "make", "makes", "like", "get", "gets", "not", "no", "yes",
            "other", "same", "both");
    static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "none",
            "nothing",
            "neither",
            "nor",
            "cannot",
            "can't",
            "don't",
            "doesn't",
            "didn't",
            "isn't",
            "aren't",
            "wasn't",
            "weren't",
            "won't",
            "wouldn't",
            "shouldn't",
            "without",
            "avoid",
            "unnecessary",
            "irrelevant",
            "myth");

    /** Opposites that turn a claim around without a "not": faster/slower, always/never, ... */
    private static final java.util.Map<String, String> OPPOSITES = opposites(
            "fast slow",
            "faster slower",
            "increase decrease",
            "increases decreases",
            "more less",
            "higher lower",
            "always never",
            "before after",
            "stateless stateful",
            "synchronous asynchronous",
            "sync async",
            "strong weak",
            "strongly weakly",
            "cheap expensive",
            "cheaper costlier",
            "safe unsafe",
            "secure insecure",
            "horizontal vertical",
            "horizontally vertically",
            "allow deny",
            "allows blocks",
            "encrypt decrypt",
            "optimistic pessimistic",
            "push pull",
            "read write",
            "reads writes",
            "public private",
            "inside outside",
            "same different",
            "small large",
            "smaller larger",
            "shorter longer",
            "short long",
            "many few",
            "most least",
            "add remove",
            "include exclude",
            "required optional",
            "mandatory optional",
            "early late",
            "earlier later",
            "first last",
            "lose keep",
            "loses keeps",
            "fail succeed",
            "fails succeeds",
            "simple complex",
            "easy hard",
            "immutable mutable",
            "idempotent non-idempotent",
            "consistent inconsistent",
            "available unavailable",
            "reduce raise",
            "reduces raises",
            "prevent cause",
            "prevents causes",
            "server client",
            "hot cold",
            "upper lower",
            "up down",
            "on off",
            "open closed",
            "valid invalid",
            "trusted untrusted",
            "hashed plaintext");

    private static java.util.Map<String, String> opposites(String... pairs) {
        var map = new java.util.HashMap<String, String>();
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            map.put(p[0], p[1]);
            map.put(p[1], p[0]);
        }
        return map;
    }

    /** True when the sentence uses the opposite of one of the point's words and not the word itself. */
    static boolean contradicts(String point, String sentence) {
        Set<String> pointWords = new HashSet<>(words(point));
        Set<String> sentenceWords = new HashSet<>(words(sentence));
        for (String w : pointWords) {
            String opposite = OPPOSITES.get(w);
            if (opposite != null && sentenceWords.contains(opposite) && !sentenceWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // A full stop inside a token (99.9, Node.js, v2.1) does not end the sentence; one before a space does.
    private static final Pattern SENTENCE =
            Pattern.compile("(?:[^.!?\\n]|[.!?](?=[^\\s.!?]))+(?:[.!?]+|$)", Pattern.MULTILINE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#-]*");
    private static final Pattern CODE = Pattern.compile("```.*?```", Pattern.DOTALL);

    private TextFeatures() {}

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        String prose = CODE.matcher(text).replaceAll(" ");
        Matcher m = SENTENCE.matcher(prose);
        while (m.find() && out.size() < 400) {
            String s = m.group().strip();
            if (words(s).size() >= 2) {
                out.add(s);
            }
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Set<String> contentStems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : words(text)) {
            if (!STOP.contains(w) && w.length() > 1) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static boolean negated(String text) {
        for (String w : words(text)) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Share of function words: natural sentences have many, keyword lists almost none. */
    static double functionWordShare(String text) {
        List<String> ws = words(text);
        if (ws.isEmpty()) {
            return 0;
        }
        long stop = ws.stream().filter(STOP::contains).count();
        return (double) stop / ws.size();
    }

    static String stem(String w) {
        String s = w;
        for (String suffix : List.of(
                "ational", "ization", "ations", "ation", "ments", "ment", "ings", "ing", "ness", "ities", "ity", "ies",
                "ied", "es", "ed", "ly", "s")) {
            if (s.length() > suffix.length() + 3 && s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        return s;
    }
}
