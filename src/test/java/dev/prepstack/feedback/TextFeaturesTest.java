package dev.prepstack.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    @Test
    void aFullStopInsideANumberOrNameDoesNotEndTheSentence() {
        assertThat(TextFeatures.sentences("An SLO of 99.9 percent over 30 days leaves 43.2 minutes. Node.js apps too!"))
                .containsExactly("An SLO of 99.9 percent over 30 days leaves 43.2 minutes.", "Node.js apps too!");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(TextFeatures.sentences("First point here\nSecond point there"))
                .containsExactly("First point here", "Second point there");
    }

    @Test
    void dictatedTextWithoutPunctuationIsCutIntoSpokenSizedPieces() {
        String dictated = "and then the cache serves the read ".repeat(600).strip();

        var sentences = TextFeatures.sentences(dictated);

        assertThat(sentences).isNotEmpty().hasSizeLessThanOrEqualTo(TextFeatures.MAX_SENTENCES);
        assertThat(sentences)
                .allSatisfy(s -> assertThat(TextFeatures.words(s)).hasSizeLessThanOrEqualTo(TextFeatures.PIECE_WORDS));
    }

    @Test
    void fencedCodeIsNotProseButAnUnclosedFenceStaysText() {
        assertThat(TextFeatures.sentences(
                        "Use a pool.\n```java\nvar x = 1; return x.y();\n```\nIt reuses connections."))
                .containsExactly("Use a pool.", "It reuses connections.");
        assertThat(TextFeatures.sentences("Use ``` a pool of connections.")).hasSize(1);
    }
}
