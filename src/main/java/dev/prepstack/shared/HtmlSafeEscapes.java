package dev.prepstack.shared;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * JSON escapes that also write {@code < > & '} as {@code \}u-sequences: the same strings to any
 * JSON client, but never markup a browser could be tricked into rendering from a response that
 * carries text people typed.
 */
public final class HtmlSafeEscapes extends CharacterEscapes {

    private final int[] escapes;

    public HtmlSafeEscapes() {
        escapes = standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
