package dev.prepstack.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepstack.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A review history from a simulated learner whose memory is much weaker than FSRS-6's defaults
 * assume (SimulatedLearner's fast forgetter, 80 cards over 13 weeks), replayed through the real API
 * at its real times, ending yesterday: enough reviews for a full fit, which should beat the defaults.
 */
public final class GeneratedHistory {

    private GeneratedHistory() {}

    /** One review as it is replayed: which question (by index into the bank), when, and how rated. */
    record Step(int card, Instant at, Rating rating) {}

    static List<Step> steps(Instant now) {
        var forgetter = SimulatedLearner.referenceProfiles().stream()
                .filter(p -> p.name().equals("fast-forgetter-3k"))
                .findFirst()
                .orElseThrow();
        var profile = new SimulatedLearner.Profile(
                "api-forgetter",
                forgetter.trueParameters(),
                80,
                6,
                90,
                0.85,
                forgetter.firstRatings(),
                forgetter.hardShare(),
                forgetter.easyShare(),
                0.1,
                2323);
        List<ReviewHistory> histories = SimulatedLearner.simulate(profile);
        Duration shift = Duration.between(
                SimulatedLearner.START.plus(Duration.ofDays(profile.days())), now.minus(Duration.ofDays(1)));
        List<Step> steps = new ArrayList<>();
        for (int card = 0; card < histories.size(); card++) {
            for (ReviewHistory.Review r : histories.get(card).reviews()) {
                steps.add(new Step(card, r.at().plus(shift), r.rating()));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    /** Replays the history through POST /api/v1/practice/reviews; returns how many reviews were posted. */
    public static int postTo(Http api) {
        JsonNode items = api.get("/api/v1/questions?size=100").json().get("items");
        List<String> slugs = new ArrayList<>();
        items.forEach(q -> slugs.add(q.get("slug").asString()));
        List<Step> steps = steps(Instant.now());
        for (Step s : steps) {
            var posted = api.post(
                    "/api/v1/practice/reviews",
                    "{\"questionSlug\":\"%s\",\"rating\":\"%s\",\"reviewedAt\":\"%s\"}"
                            .formatted(slugs.get(s.card()), s.rating().name().toLowerCase(), s.at()));
            assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        }
        return steps.size();
    }
}
