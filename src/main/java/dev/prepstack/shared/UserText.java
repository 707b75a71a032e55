package dev.prepstack.shared;

/**
 * Free text typed by a person (answers, search queries, rubrics), made safe to analyse: control and
 * format characters removed, line and paragraph separators turned into newlines, and text without a
 * single letter or digit treated as empty. One place, so search, feedback and mock interviews agree
 * on what "no text" means and none of them hands a zero-width space, a bidi override (U+202E) or a
 * NUL to a tokenizer or a regular expression.
 */
public final class UserText {

    /**
     * The most characters of free text any input takes (an answer, a transcript, notes, a reference
     * answer): the API's one limit, so each module refuses the same text.
     */
    public static final int MAX_LENGTH = 20_000;

    private UserText() {}

    /**
     * The text without control characters (tab and newline kept, carriage returns folded into
     * newlines), format characters (zero-width spaces and joiners, bidi controls, the BOM), unpaired
     * surrogates and private-use or unassigned code points; "" when nothing with a letter or digit is
     * left, or for null.
     */
    public static String clean(String text) {
        String visible = withoutInvisible(text);
        return visible.codePoints().anyMatch(Character::isLetterOrDigit) ? visible.strip() : "";
    }

    /**
     * The text as typed, less control characters other than tab and newline, format characters,
     * unpaired surrogates and private-use or unassigned code points ("" for null). For text that is
     * kept (an autosaved answer): spaces are left alone, and PostgreSQL, which refuses NUL in text,
     * can store it.
     */
    public static String withoutInvisible(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                // "\r\n" becomes one newline, a lone "\r" one too.
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
                continue;
            }
            switch (Character.getType(cp)) {
                case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> out.append('\n');
                case Character.CONTROL -> {
                    if (cp == '\n' || cp == '\t') {
                        out.append((char) cp);
                    }
                }
                case Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> {
                    // dropped: invisible, or not text at all
                }
                default -> out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether the text has at least one letter or digit once cleaned. */
    public static boolean hasContent(String text) {
        return !clean(text).isEmpty();
    }
}
