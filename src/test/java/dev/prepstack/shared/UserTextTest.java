package dev.prepstack.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void textWithoutALetterOrDigitIsEmpty() {
        assertThat(UserText.clean("\u200B")).isEmpty();
        assertThat(UserText.clean("\u202E\u202D")).isEmpty();
        assertThat(UserText.clean("\u0000\u0000")).isEmpty();
        assertThat(UserText.clean(" \t\n ... !!! ")).isEmpty();
        assertThat(UserText.clean(null)).isEmpty();
        assertThat(UserText.hasContent("\uFEFF \u2060")).isFalse();
    }

    @Test
    void controlAndFormatCharactersAreStrippedFromRealText() {
        assertThat(UserText.clean("cache\u200B aside\u0000 pattern\u202E")).isEqualTo("cache aside pattern");
        assertThat(UserText.clean("\uFEFFRedis")).isEqualTo("Redis");
    }

    @Test
    void lineBreaksAndTabsSurviveInOneForm() {
        assertThat(UserText.clean("one\r\ntwo\rthree\u2028four\tfive")).isEqualTo("one\ntwo\nthree\nfour\tfive");
    }

    @Test
    void lettersOfAnyScriptAndEmojiAreKept() {
        assertThat(UserText.clean("Schlüssel 鍵 ключ 👍")).isEqualTo("Schlüssel 鍵 ключ 👍");
        assertThat(UserText.hasContent("42")).isTrue();
    }

    @Test
    void anUnpairedSurrogateIsDropped() {
        assertThat(UserText.clean("ok\uD800 then")).isEqualTo("ok then");
    }
}
