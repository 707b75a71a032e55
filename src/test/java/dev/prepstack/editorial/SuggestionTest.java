package dev.prepstack.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

    private static Suggestion pending() {
        return new Suggestion(
                7,
                1,
                31L,
                null,
                SuggestionKind.TYPO,
                new QuestionFields("Title here", "Summary.", List.of("a"), "x"),
                null,
                "private",
                null,
                SuggestionStatus.PENDING,
                null,
                null,
                null,
                NOW,
                null);
    }

    @Test
    void acceptingRecordsTheEditorTheReplyAndTheRevision() {
        Suggestion accepted = pending().accept(2, "Thanks", 11, NOW);

        assertThat(accepted.status()).isEqualTo(SuggestionStatus.ACCEPTED);
        assertThat(accepted.editorId()).isEqualTo(2);
        assertThat(accepted.editorReply()).isEqualTo("Thanks");
        assertThat(accepted.revisionId()).isEqualTo(11);
        assertThat(accepted.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void aDecidedSuggestionCannotBeDecidedAgain() {
        Suggestion rejected = pending().reject(2, "Not an error", NOW);

        assertThatThrownBy(() -> rejected.accept(3, null, 12, NOW)).isInstanceOf(Suggestion.AlreadyDecided.class);
        assertThatThrownBy(() -> rejected.reject(3, "again", NOW)).isInstanceOf(Suggestion.AlreadyDecided.class);
        assertThat(rejected.editorReply()).isEqualTo("Not an error");
    }

    @Test
    void withoutAChosenNameTheHistoryCreditsAContributor() {
        assertThat(pending().credit()).isEqualTo("a contributor");
    }

    @Test
    void onlyFactualAndOutdatedClaimsNeedASource() {
        assertThat(List.of(SuggestionKind.values()).stream().filter(SuggestionKind::needsSource))
                .containsExactly(SuggestionKind.FACTUAL, SuggestionKind.OUTDATED);
    }
}
