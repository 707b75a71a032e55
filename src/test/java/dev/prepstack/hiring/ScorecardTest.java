package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard's states: a draft changes until it is submitted; then only amendments go beside it. */
class ScorecardTest {

    static final Instant STARTED = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-01T10:00:00Z");

    static final Kit KIT = new Kit(
            7,
            3,
            1,
            1,
            "Backend engineer",
            "Backend engineer",
            Level.INTERMEDIATE,
            10,
            List.of("API design", "Communication"),
            List.of(new KitItem(1, null, 11L, "Idempotency", List.of("keys", "retries"), List.of("Why?"), null)),
            "Ada",
            STARTED,
            false,
            java.util.Map.of(),
            java.util.Map.of());

    static Scorecard aDraft() {
        return new Scorecard(
                1,
                7,
                1,
                5,
                "Grace",
                "Ada",
                true,
                false,
                List.of(),
                List.of(),
                null,
                null,
                STARTED,
                null,
                List.of(),
                null,
                java.util.Map.of());
    }

    static ScorecardDraft complete() {
        return new ScorecardDraft(
                List.of(new Scorecard.Answer(1, List.of(0), List.of(), "good", null)),
                List.of(
                        new Scorecard.AttributeRating("Communication", Verdict.YES, "clear"),
                        new Scorecard.AttributeRating("API design", Verdict.STRONG_YES, "precise")),
                Verdict.YES,
                "Hire");
    }

    @Test
    void editingADraftReplacesItsContentKeepingRatingsInTheKitsOrder() {
        Scorecard edited = aDraft().edit(complete(), KIT, LATER);

        assertThat(edited.submitted()).isFalse();
        assertThat(edited.updatedAt()).isEqualTo(LATER);
        assertThat(edited.ratings())
                .extracting(Scorecard.AttributeRating::attribute)
                .containsExactly("API design", "Communication");
        assertThat(edited.answer(1).covered(0)).isTrue();
    }

    @Test
    void aDraftMissingARatingOrRecommendationCannotBeSubmitted() {
        Scorecard unrated = aDraft().edit(new ScorecardDraft(List.of(), List.of(), Verdict.YES, null), KIT, LATER);

        assertThatThrownBy(() -> unrated.submit(KIT, LATER))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("focus attribute 1 of 2 has no rating");
    }

    @Test
    void aSubmittedScorecardCannotBeEditedDiscardedOrSubmittedAgain() {
        Scorecard submitted = aDraft().edit(complete(), KIT, STARTED).submit(KIT, LATER);

        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.submittedAt()).isEqualTo(LATER);
        for (Runnable change : List.<Runnable>of(
                () -> submitted.edit(complete(), KIT, LATER), submitted::discard, () -> submitted.submit(KIT, LATER))) {
            assertThatThrownBy(change::run)
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("is submitted and cannot change; add an amendment instead")
                    .extracting(e -> ((InvalidParameterException) e).parameter())
                    .isEqualTo("status");
        }
    }

    @Test
    void onlyASubmittedScorecardTakesAnAmendmentAndItsTextIsBounded() {
        assertThatThrownBy(() -> aDraft().amend("second thoughts", "Ada", LATER))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("is a draft: change it instead");

        Scorecard submitted = aDraft().edit(complete(), KIT, STARTED).submit(KIT, STARTED);
        assertThat(submitted.amend("  second thoughts  ", "Ada", LATER))
                .isEqualTo(new Scorecard.Amendment(0, "Ada", LATER, "second thoughts"));
        assertThatThrownBy(() -> submitted.amend(" ", "Ada", LATER))
                .hasMessageContaining("must be 1 to 20,000 characters");
        assertThatThrownBy(() -> submitted.amend("x".repeat(20_001), "Ada", LATER))
                .hasMessageContaining("must be 1 to 20,000 characters");
    }

    @Test
    void aDraftRefusesKeyPointsAndAttributesTheKitDoesNotHave() {
        var unknownKeyPoint = new ScorecardDraft(
                List.of(new Scorecard.Answer(1, List.of(5), List.of(), null, null)), List.of(), null, null);
        var unknownAttribute = new ScorecardDraft(
                List.of(), List.of(new Scorecard.AttributeRating("Charm", Verdict.YES, "much")), null, null);

        assertThatThrownBy(() -> aDraft().edit(unknownKeyPoint, KIT, LATER))
                .hasMessageContaining("key point indexes from 0 to 1");
        assertThatThrownBy(() -> aDraft().edit(unknownAttribute, KIT, LATER))
                .hasMessageContaining("rate only the kit's focus attributes");
    }
}
