package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our FSRS-6 reproduces the reference implementation (py-fsrs 6.3.1, fuzzing off): state, step and
 * due exactly, stability, difficulty and retrievability to 1e-9 relative.
 */
class FsrsTest {

    static JsonNode vectors() throws IOException {
        return JsonMapper.builder()
                .build()
                .readTree(Files.readString(Path.of("src/test/resources/fsrs/fsrs6-vectors.json")));
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : vectors().get("cases")) {
            cases.add(Arguments.of(c.get("name").asString(), c));
        }
        return cases.stream();
    }

    static Fsrs scheduler(JsonNode v) {
        double[] w = new double[21];
        for (int i = 0; i < 21; i++) {
            w[i] = v.get("parameters").get(i).asDouble();
        }
        List<Duration> learning = new ArrayList<>();
        v.get("learning_steps_seconds").forEach(s -> learning.add(Duration.ofSeconds(s.asLong())));
        List<Duration> relearning = new ArrayList<>();
        v.get("relearning_steps_seconds").forEach(s -> relearning.add(Duration.ofSeconds(s.asLong())));
        return new Fsrs(
                w,
                v.get("desired_retention").asDouble(),
                learning,
                relearning,
                v.get("maximum_interval_days").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTheReferenceCase(String name, JsonNode c) throws IOException {
        Fsrs fsrs = scheduler(vectors());
        Card card = null;
        int i = 0;
        for (JsonNode review : c.get("reviews")) {
            Instant at = Instant.parse(review.get("at").asString());
            if (card == null) {
                card = Card.fresh(at);
            }
            card = fsrs.review(
                    card, Rating.parse(review.get("rating").asString()).orElseThrow(), at);
            JsonNode expect = review.get("expect");
            String where = name + " review " + (++i);
            assertThat(card.state().name())
                    .as(where)
                    .isEqualToIgnoringCase(expect.get("state").asString());
            if (expect.get("step").isNull()) {
                assertThat(card.step()).as(where).isNull();
            } else {
                assertThat(card.step()).as(where).isEqualTo(expect.get("step").asInt());
            }
            assertThat(card.due())
                    .as(where)
                    .isEqualTo(Instant.parse(expect.get("due").asString()));
            assertRelative(card.stability(), expect.get("stability").asDouble(), where + " stability");
            assertRelative(card.difficulty(), expect.get("difficulty").asDouble(), where + " difficulty");
        }
        if (c.has("retrievability")) {
            for (JsonNode r : c.get("retrievability")) {
                double actual =
                        fsrs.retrievability(card, Instant.parse(r.get("at").asString()));
                assertRelative(
                        actual,
                        r.get("expect").asDouble(),
                        name + " retrievability at " + r.get("at").asString());
            }
        }
    }

    @Test
    void neverReviewedCardsHaveNoRetrievability() {
        assertThat(Fsrs.withRetention(0.9)
                        .retrievability(Card.fresh(Instant.EPOCH), Instant.EPOCH.plusSeconds(86400 * 3)))
                .isZero();
    }

    @Test
    void higherDesiredRetentionSchedulesSooner() {
        Instant t = Instant.parse("2026-01-01T08:00:00Z");
        Card strict = Fsrs.withRetention(0.97).review(Card.fresh(t), Rating.EASY, t);
        Card relaxed = Fsrs.withRetention(0.70).review(Card.fresh(t), Rating.EASY, t);
        assertThat(strict.due()).isBefore(relaxed.due());
    }

    private static void assertRelative(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-15));
    }
}
