package dev.prepstack.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A kit version's anchored scale and weights, the computed score and when a recommendation disagrees with it. */
class RatingScaleTest {

    static final List<String> ATTRIBUTES = List.of("API design", "Communication");
    static final List<ItemRef> ITEMS = List.of(new ItemRef("rest-and-json", null));

    static KitDraft draft(Map<String, List<String>> anchors, Map<String, Double> weights) {
        return new KitDraft("Kit", "Backend engineer", Level.INTERMEDIATE, 10, ATTRIBUTES, ITEMS, anchors, weights);
    }

    static Kit kit(Map<String, Double> weights) {
        return new Kit(
                7,
                3,
                1,
                1,
                "Kit",
                "Backend engineer",
                Level.INTERMEDIATE,
                10,
                ATTRIBUTES,
                List.of(),
                "Ada",
                ScorecardTest.STARTED,
                false,
                Map.of(),
                weights);
    }

    static List<Scorecard.AttributeRating> ratings(Verdict api, Verdict communication) {
        return List.of(
                new Scorecard.AttributeRating("API design", api, "why"),
                new Scorecard.AttributeRating("Communication", communication, "why"));
    }

    @Test
    void weightsAreEqualWhenNotGiven() {
        assertThat(draft(null, null).weights())
                .containsExactly(Map.entry("API design", 1.0), Map.entry("Communication", 1.0));
        assertThat(draft(null, Map.of("communication", 3.0)).weights())
                .as("keys match the kit's attributes whatever their case; missing ones weigh 1")
                .containsExactly(Map.entry("API design", 1.0), Map.entry("Communication", 3.0));
    }

    @Test
    void weightsThatAreNegativeSumToZeroOrNameNoAttributeAreRefused() {
        assertThatThrownBy(() -> draft(null, Map.of("API design", 0.0, "Communication", 0.0)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("must not all be 0");
        assertThatThrownBy(() -> draft(null, Map.of("API design", -1.0)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("from 0 to 100");
        assertThatThrownBy(() -> draft(null, Map.of("API design", Double.NaN)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> draft(null, Map.of("Ownership", 2.0)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("'Ownership' is not one");
        assertThat(draft(null, Map.of("API design", 0.0)).weights().get("API design"))
                .as("one attribute may weigh 0 while another counts")
                .isZero();
    }

    @Test
    void anAttributeHasAllFourAnchorsOrNone() {
        var anchors = new LinkedHashMap<String, List<String>>();
        anchors.put("api design", List.of(" guesses ", "names resources", "designs resources", "designs and versions"));
        KitDraft d = draft(anchors, null);
        assertThat(d.anchors()).containsOnlyKeys("API design");
        assertThat(d.anchors().get("API design").getFirst()).isEqualTo("guesses");

        assertThatThrownBy(() -> draft(Map.of("API design", List.of("a", "b", "c")), null))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("each rating 1 to 4");
        assertThatThrownBy(() -> draft(Map.of("API design", List.of("a", " ", "c", "d")), null))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> draft(Map.of("API design", List.of("a".repeat(501), "b", "c", "d")), null))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("500 characters");
        assertThat(draft(Map.of("API design", List.of("", "", "", "")), null).anchors())
                .as("four empty anchors are none written")
                .isEmpty();
    }

    @Test
    void aVersionKeepsTheAnchorsWrittenAndTakesTheProposedOnesForTheRest() {
        var written = Map.of("API design", List.of("guesses", "names resources", "designs", "versions"));
        KitVersion version = KitVersion.of(1, draft(written, null), List.of());
        assertThat(version.fullyAnchored()).isFalse();
        var proposed = Map.of(
                "API design", List.of("p1", "p2", "p3", "p4"),
                "Communication", List.of("c1", "c2", "c3", "c4"));
        KitVersion anchored = version.anchoredWith(proposed);
        assertThat(anchored.fullyAnchored()).isTrue();
        assertThat(anchored.anchors().get("API design"))
                .containsExactly("guesses", "names resources", "designs", "versions");
        assertThat(anchored.anchors().get("Communication")).containsExactly("c1", "c2", "c3", "c4");
        assertThat(anchored.anchors().keySet()).containsExactlyElementsOf(version.attributes());
    }

    @Test
    void theComputedScoreIsTheWeightedMeanOfTheRatingsOnceAllAreRated() {
        assertThat(kit(Map.of()).score(ratings(Verdict.STRONG_YES, Verdict.NO))).isEqualTo(3.0);
        assertThat(kit(Map.of("API design", 3.0, "Communication", 1.0)).score(ratings(Verdict.STRONG_YES, Verdict.NO)))
                .isCloseTo((3 * 4 + 1 * 2) / 4.0, within(1e-12));
        assertThat(kit(Map.of("API design", 0.0, "Communication", 1.0)).score(ratings(Verdict.STRONG_YES, Verdict.NO)))
                .as("a weight of 0 leaves the attribute out of the score")
                .isEqualTo(2.0);
        assertThat(kit(Map.of()).score(List.of(new Scorecard.AttributeRating("API design", Verdict.YES, "why"))))
                .as("no score while an attribute is unrated")
                .isNull();
    }

    @Test
    void aRecommendationAPointOrMoreFromTheComputedScoreDisagrees() {
        assertThat(Verdict.STRONG_YES.disagreesWith(2.1)).isTrue();
        assertThat(Verdict.STRONG_YES.disagreesWith(3.0))
                .as("exactly a point apart")
                .isTrue();
        assertThat(Verdict.STRONG_YES.disagreesWith(3.1)).isFalse();
        assertThat(Verdict.YES.disagreesWith(2.5)).isFalse();
        assertThat(Verdict.NO.disagreesWith(3.0)).isTrue();
        assertThat(Verdict.STRONG_NO.disagreesWith(1.9)).isFalse();
        assertThat(Verdict.YES.disagreesWith(null))
                .as("no score, nothing to disagree with")
                .isFalse();
    }

    @Test
    void aSubmittedScorecardCarriesItsComputedScoreAndItsDisagreement() {
        Kit kit = kit(Map.of("API design", 1.0, "Communication", 1.0));
        ScorecardDraft content =
                new ScorecardDraft(List.of(), ratings(Verdict.NO, Verdict.STRONG_NO), Verdict.STRONG_YES, null);
        Scorecard draft = ScorecardTest.aDraft().edit(content, kit, ScorecardTest.LATER);
        assertThat(draft.computedScore()).as("a draft has no score yet").isNull();
        assertThat(draft.disagrees()).isFalse();

        Scorecard submitted = draft.submit(kit, ScorecardTest.LATER);

        assertThat(submitted.computedScore()).isEqualTo(1.5);
        assertThat(submitted.disagrees()).as("Strong yes beside a computed 1.5").isTrue();
    }

    @Test
    void proposedAnchorsQuoteTheKeyPointsAndCommonMistakesAndFitTheLimits() {
        var proposed = AnchorProposal.of(
                ATTRIBUTES,
                List.of("Resources are nouns", "Status codes carry meaning", "x".repeat(300)),
                List.of("PUT and POST are interchangeable"));

        assertThat(proposed).containsOnlyKeys(ATTRIBUTES);
        assertThat(proposed.get("API design")).hasSize(4);
        assertThat(proposed.get("API design").get(0)).contains("PUT and POST are interchangeable");
        assertThat(proposed.get("API design").get(2)).contains("Resources are nouns", "Status codes carry meaning");
        // The proposal passes the same rules as anchors written by hand.
        assertThat(draft(proposed, null).anchors()).isEqualTo(proposed);
    }
}
