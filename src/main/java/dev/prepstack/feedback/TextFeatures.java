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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#-]*");

    /** At most this many sentences are looked at; a longer answer's rest adds nothing a reader would. */
    static final int MAX_SENTENCES = 400;

    /**
     * Dictated text has no full stops: a "sentence" longer than this many words is cut into pieces
     * of {@link #PIECE_WORDS}, about what one spoken sentence holds, so each can be evidence.
     */
    static final int LONGEST_SENTENCE_WORDS = 60;

    static final int PIECE_WORDS = 30;

    private TextFeatures() {}

    /**
     * The answer's sentences, fenced code left out. A full stop inside a token (99.9, Node.js, v2.1)
     * does not end a sentence; one before a space or a line end does, and so does a line break. A
     * plain scan rather than a regular expression: the pattern this replaces recursed once per
     * character and overflowed the stack on long unpunctuated answers.
     */
    static List<String> sentences(String text) {
        String prose = withoutCodeBlocks(text);
        List<String> out = new ArrayList<>();
        int n = prose.length();
        int start = 0;
        int i = 0;
        while (i < n && out.size() < MAX_SENTENCES) {
            char c = prose.charAt(i);
            if (c == '\n') {
                addSentence(out, prose.substring(start, i));
                start = ++i;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i;
                while (end < n && isSentencePunctuation(prose.charAt(end))) {
                    end++;
                }
                if (end == n || Character.isWhitespace(prose.charAt(end))) {
                    addSentence(out, prose.substring(start, end));
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        if (start < n && out.size() < MAX_SENTENCES) {
            addSentence(out, prose.substring(start));
        }
        return out.size() > MAX_SENTENCES ? out.subList(0, MAX_SENTENCES) : out;
    }

    private static boolean isSentencePunctuation(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static void addSentence(List<String> out, String raw) {
        String s = raw.strip();
        List<String> ws = words(s);
        if (ws.size() < 2) {
            return;
        }
        if (ws.size() <= LONGEST_SENTENCE_WORDS) {
            out.add(s);
            return;
        }
        String[] tokens = s.split("\\s+");
        for (int from = 0; from < tokens.length && out.size() < MAX_SENTENCES; from += PIECE_WORDS) {
            String piece = String.join(
                    " ", java.util.Arrays.copyOfRange(tokens, from, Math.min(tokens.length, from + PIECE_WORDS)));
            if (words(piece).size() >= 2) {
                out.add(piece);
            }
        }
    }

    /** The text with fenced code blocks (```...```) replaced by a space; an unclosed fence stays text. */
    static String withoutCodeBlocks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int open = text.indexOf("```", from);
            if (open < 0) {
                out.append(text, from, text.length());
                return out.toString();
            }
            int close = text.indexOf("```", open + 3);
            if (close < 0) {
                out.append(text, from, text.length());
                return out.toString();
            }
            out.append(text, from, open).append(' ');
            from = close + 3;
        }
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
