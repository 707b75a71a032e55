package dev.prepstack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Cutting a cached page at its personal slots and putting a visitor's parts in, plain and gzip. */
class PersonalSlotsTest {

    static final String PAGE = "<html><nav><!--personal:account--><a href=\"/login\">Sign in</a><!--/personal--></nav>"
            + "<main>é answer ✓</main><!--personal:notes--><!--/personal--></html>";

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theAnonymousPartsAreReplacedAndTheMarkersStay() {
        var slots = PersonalSlots.of(bytes(PAGE));

        assertThat(slots.slots()).containsExactly("account", "notes");
        assertThat(new String(slots.plain(List.of("<b>Ada</b>", "<p>notes</p>")), StandardCharsets.UTF_8))
                .isEqualTo("<html><nav><!--personal:account--><b>Ada</b><!--/personal--></nav>"
                        + "<main>é answer ✓</main><!--personal:notes--><p>notes</p><!--/personal--></html>");
    }

    @Test
    void theSplicedGzipDecompressesToTheSplicedPageEvenWithPartsLargerThanOneStoredBlock() throws IOException {
        var slots = PersonalSlots.of(bytes(PAGE));
        String large = "Ünïcode ".repeat(20_000);

        for (List<String> parts : List.of(List.of("<b>Ada</b>", ""), List.of(large, "x"), List.of("", ""))) {
            byte[] plain = slots.plain(parts);
            assertThat(gunzip(slots.gzip(parts))).isEqualTo(new String(plain, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPageWithoutSlotsOrWithAnUnclosedOneIsNotCut() {
        assertThat(PersonalSlots.of(bytes("<html><main>no slots</main></html>")))
                .isNull();
        assertThat(PersonalSlots.of(bytes("<html><!--personal:account--><a>Sign in</a></html>")))
                .isNull();
    }
}
