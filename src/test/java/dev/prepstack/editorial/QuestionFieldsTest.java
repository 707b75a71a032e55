package dev.prepstack.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionFieldsTest {

    @Test
    void formTextReadsBackToTheSameFields() {
        var fields = new QuestionFields(
                "A title",
                "A summary.",
                List.of("one", "two"),
                "answer",
                List.of("Why would you?"),
                List.of(new QuestionFields.Mistake("A wrong claim", "What is true", 2)),
                List.of(new QuestionFields.SourceLink("Docs | chapter 3", "https://example.org/docs")),
                List.of("caching", "eviction"),
                "experienced");

        var read = new QuestionFields(
                fields.title(),
                fields.summary(),
                QuestionFields.lines(fields.keyPointsText()),
                fields.answerMarkdown(),
                QuestionFields.lines(fields.followUpsText()),
                QuestionFields.mistakes(fields.mistakesText()),
                QuestionFields.sourceLinks(fields.sourcesText()),
                QuestionFields.commaSeparated(fields.tagsText()),
                fields.level());

        assertThat(read).isEqualTo(fields);
    }

    @Test
    void fieldsNotGivenKeepTheQuestionsValues() {
        var current = new QuestionFields(
                "Old title",
                "Old summary.",
                List.of("a"),
                "old",
                List.of("Follow-up?"),
                List.of(),
                List.of(),
                List.of("tag"),
                "fresher");

        var merged = new QuestionFields("New title", "New summary.", List.of("b"), "new").over(current);

        assertThat(merged.title()).isEqualTo("New title");
        assertThat(merged.followUps()).containsExactly("Follow-up?");
        assertThat(merged.tags()).containsExactly("tag");
        assertThat(merged.level()).isEqualTo("fresher");
    }

    @Test
    void aNewQuestionsSlugIsMadeFromItsTitle() {
        assertThat(NewQuestions.fromTitle("How does a Café's LRU cache evict — and when?"))
                .isEqualTo("how-does-a-cafe-s-lru-cache-evict-and-when");
        assertThat(NewQuestions.fromTitle("???")).isEqualTo("question");
        assertThat(NewQuestions.fromTitle("word ".repeat(30)))
                .hasSizeLessThanOrEqualTo(60)
                .doesNotEndWith("-");
    }
}
