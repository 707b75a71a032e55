package dev.prepstack.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class QuestionFieldsTest {

    @Test
    void formTextReadsBackToTheSameFields() {
        var fields = new QuestionFields(
                "A title",
                "A summary.",
                List.of("one", "two"),
                "answer",
                List.of(
                        new QuestionFields.FollowUpField(
                                "Why would you?",
                                "Because it is faster. It costs memory.",
                                List.of("faster", "memory"),
                                null),
                        new QuestionFields.FollowUpField("What does it cost?", null, List.of(), "cache-ttl-expiration"),
                        QuestionFields.FollowUpField.questionOnly("Kept as it is?")),
                List.of(new QuestionFields.Mistake("A wrong claim", "What is true", 2)),
                List.of(new QuestionFields.SourceLink("Docs | chapter 3", "https://example.org/docs")),
                List.of("caching", "eviction"),
                "experienced");

        var read = new QuestionFields(
                fields.title(),
                fields.summary(),
                QuestionFields.lines(fields.keyPointsText()),
                fields.answerMarkdown(),
                QuestionFields.followUps(fields.followUpsText()),
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
                List.of(QuestionFields.FollowUpField.questionOnly("Follow-up?")),
                List.of(),
                List.of(),
                List.of("tag"),
                "fresher");

        var merged = new QuestionFields("New title", "New summary.", List.of("b"), "new").over(current);

        assertThat(merged.title()).isEqualTo("New title");
        assertThat(merged.followUps()).containsExactly(QuestionFields.FollowUpField.questionOnly("Follow-up?"));
        assertThat(merged.tags()).containsExactly("tag");
        assertThat(merged.level()).isEqualTo("fresher");
    }

    @Test
    void followUpsReadAsObjectsWithTheirAnswersOrAsPlainTextOfTheirQuestion() {
        var json = JsonMapper.builder().build();
        var read = json.readValue("""
                {"title": "T", "summary": "", "keyPoints": [], "answerMarkdown": "",
                 "followUps": ["Kept as it is?",
                   {"question": "Why would you?", "answer": "Because it is faster.", "keyPoints": ["faster"]}]}
                """, QuestionFields.class);

        assertThat(read.followUps())
                .containsExactly(
                        QuestionFields.FollowUpField.questionOnly("Kept as it is?"),
                        new QuestionFields.FollowUpField(
                                "Why would you?", "Because it is faster.", List.of("faster"), null));
        assertThat(json.readValue(json.writeValueAsString(read), QuestionFields.class))
                .as("stored fields read back the same")
                .isEqualTo(read);
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
