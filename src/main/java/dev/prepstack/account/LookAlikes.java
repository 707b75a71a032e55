package dev.prepstack.account;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Names and addresses that could pass for someone else's: invisible format characters (zero-width
 * spaces, bidi overrides) and words that mix Latin letters with Cyrillic or Greek ones ("Аdmin" with a
 * Cyrillic А). Text is compared in NFKC form, so full-width and other compatibility letters count as
 * the letters they stand for.
 */
final class LookAlikes {

    private static final Set<UnicodeScript> CONFUSABLE_WITH_LATIN =
            EnumSet.of(UnicodeScript.CYRILLIC, UnicodeScript.GREEK);

    private LookAlikes() {}

    static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static boolean hasFormatCharacters(String text) {
        return text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT);
    }

    /** Whether one word (split on spaces, or the whole text when {@code wholeText}) mixes scripts. */
    static boolean mixesScripts(String text, boolean wholeText) {
        for (String word : wholeText ? new String[] {text} : text.split("\\s+")) {
            Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
            word.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(UnicodeScript.of(cp)));
            if (scripts.contains(UnicodeScript.LATIN) && scripts.stream().anyMatch(CONFUSABLE_WITH_LATIN::contains)) {
                return true;
            }
        }
        return false;
    }
}
