package dev.prepstack.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionFileParserTest {

    private final QuestionFileParser parser = new QuestionFileParser(
            Set.of("databases", "caching"),
            new MarkdownRenderer(),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    private List<ContentProblem> problems = new ArrayList<>();

    private Optional<QuestionDocument> parse(String path, String text) {
        problems = new ArrayList<>();
        return parser.parse(new ContentFile(path, text), problems);
    }

    @Test
    void acceptsAValidTechnicalQuestionAndRendersItsAnswer() {
        var doc = parse("questions/databases/index-write-cost.md", Questions.aTechnicalQuestion("index-write-cost"));

        assertThat(problems).isEmpty();
        assertThat(doc).hasValueSatisfying(q -> {
            assertThat(q.kind()).isEqualTo(Kind.TECHNICAL);
            assertThat(q.level()).isEqualTo(Level.INTERMEDIATE);
            assertThat(q.topic()).isEqualTo("databases");
            assertThat(q.keyPoints()).hasSize(3);
            assertThat(q.answerHtml()).startsWith("<p>");
            assertThat(q.contentHash()).hasSize(64);
        });
    }

    @Test
    void readsMisconceptionsWithTheKeyPointTheyGetWrong() {
        String text = Questions.aTechnicalQuestion("index-write-cost")
                .replace(
                        "related: []",
                        "misconceptions:\n"
                                + "  - claim: Adding an index makes every query on the table faster, writes included.\n"
                                + "    correction: Every index must be updated on INSERT, UPDATE and DELETE, so writes"
                                + " get slower.\n"
                                + "    point: 2\n"
                                + "related: []");
        var doc = parse("questions/databases/index-write-cost.md", text);

        assertThat(problems).isEmpty();
        assertThat(doc.orElseThrow().misconceptions())
                .containsExactly(new Misconception(
                        "Adding an index makes every query on the table faster, writes included.",
                        "Every index must be updated on INSERT, UPDATE and DELETE, so writes get slower.",
                        1));
    }

    @Test
    void rejectsAMisconceptionAboutAKeyPointThatDoesNotExistOrWithoutACorrection() {
        for (String entry : List.of(
                "  - claim: Adding an index makes every query on the table faster.\n"
                        + "    correction: Every index must be maintained on every write to the table.\n    point: 9",
                "  - claim: Adding an index makes every query on the table faster.\n    point: 1")) {
            String text = Questions.aTechnicalQuestion("index-write-cost")
                    .replace("related: []", "misconceptions:\n" + entry + "\nrelated: []");
            parse("questions/databases/index-write-cost.md", text);
            assertThat(problems).as(entry).extracting(ContentProblem::field).contains("misconceptions");
        }
    }

    @Test
    void readsFollowUpsWithTheirOwnAnswerOrTheBankQuestionThatAnswersThem() {
        String text = Questions.aTechnicalQuestion("index-write-cost")
                .replace("follow_ups:\n  - How do you find unused indexes in PostgreSQL?", """
                        follow_ups:
                          - question: How do you find unused indexes in PostgreSQL?
                            answer: >-
                              Look at pg_stat_user_indexes, whose idx_scan counts how often each index was used since the
                              statistics were last reset. An index with zero scans over a representative period is a
                              candidate for removal.
                            key_points:
                              - pg_stat_user_indexes counts the scans of every index.
                              - Zero scans over a representative period marks a candidate for removal.
                          - question: What is a covering index?
                            see: covering-indexes
                          - Plain text from before follow-ups carried answers?""");
        var doc = parse("questions/databases/index-write-cost.md", text).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(doc.followUps()).hasSize(3);
        assertThat(doc.followUps().get(0).hasAnswer()).isTrue();
        assertThat(doc.followUps().get(0).answer()).startsWith("Look at pg_stat_user_indexes, whose idx_scan");
        assertThat(doc.followUps().get(0).keyPoints()).hasSize(2);
        assertThat(doc.followUps().get(1))
                .isEqualTo(new FollowUp("What is a covering index?", null, List.of(), "covering-indexes"));
        assertThat(doc.followUps().get(2).isAnswered()).isFalse();
        assertThat(doc.followUpQuestions()).contains("Plain text from before follow-ups carried answers?");
    }

    @Test
    void rejectsFollowUpAnswersWithoutKeyPointsOrOfOneSentence() {
        for (String entry : List.of(
                "  - question: How do you find unused indexes in PostgreSQL?\n"
                        + "    answer: Look at pg_stat_user_indexes and its idx_scan column. Zero scans mark a candidate.",
                "  - question: How do you find unused indexes in PostgreSQL?\n"
                        + "    answer: Look at pg_stat_user_indexes and its idx_scan column for zero scans\n"
                        + "    key_points: [pg_stat_user_indexes counts scans per index., Zero scans mark a candidate.]",
                "  - question: How do you find unused indexes in PostgreSQL?\n    see: Not A Slug")) {
            String text = Questions.aTechnicalQuestion("index-write-cost")
                    .replace("follow_ups:\n  - How do you find unused indexes in PostgreSQL?", "follow_ups:\n" + entry);
            parse("questions/databases/index-write-cost.md", text);
            assertThat(problems).as(entry).extracting(ContentProblem::field).contains("follow_ups");
        }
    }

    @Test
    void readsSourcesAndTheDateTheirFactsWereVerified() {
        String text = Questions.aTechnicalQuestion("index-write-cost").replace("related: []", """
                        sources:
                          - title: "PostgreSQL documentation: Indexes"
                            url: https://www.postgresql.org/docs/current/indexes.html
                        verified: 2026-11-20
                        related: []""");
        var doc = parse("questions/databases/index-write-cost.md", text).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(doc.sources())
                .containsExactly(new Source(
                        "PostgreSQL documentation: Indexes", "https://www.postgresql.org/docs/current/indexes.html"));
        assertThat(doc.verified()).isEqualTo(java.time.LocalDate.parse("2026-11-20"));
    }

    @Test
    void rejectsSourcesThatAreNotHttpsAndVerificationDatesInTheFuture() {
        for (String entry : List.of(
                "sources:\n  - title: Somewhere\n    url: http://example.com/page\nrelated: []",
                "sources:\n  - title: Somewhere\n    url: javascript:alert(1)\nrelated: []",
                "sources:\n  - url: https://example.com/\nrelated: []",
                "verified: 2027-01-01\nrelated: []")) {
            String text = Questions.aTechnicalQuestion("index-write-cost").replace("related: []", entry);
            parse("questions/databases/index-write-cost.md", text);
            assertThat(problems).as(entry).isNotEmpty();
        }
    }

    @Test
    void experiencedAnswersMayRunTo800WordsOthersTo600() {
        String experienced = Questions.aQuestion(
                        "index-write-cost", "technical", "topic: databases", Questions.body(750))
                .replace("level: intermediate", "level: experienced");
        parse("questions/databases/index-write-cost.md", experienced);
        assertThat(problems).isEmpty();

        parse(
                "questions/databases/index-write-cost.md",
                Questions.aQuestion("index-write-cost", "technical", "topic: databases", Questions.body(750)));
        assertThat(problems).extracting(ContentProblem::field).containsExactly("body");
    }

    @Test
    void rejectsASlugThatDiffersFromTheFileName() {
        parse("questions/databases/other-name.md", Questions.aTechnicalQuestion("index-write-cost"));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("slug");
            assertThat(p.file()).isEqualTo("questions/databases/other-name.md");
        });
    }

    @Test
    void rejectsAnUnknownLevelAndNamesTheField() {
        String text = Questions.aTechnicalQuestion("index-write-cost").replace("level: intermediate", "level: guru");

        assertThat(parse("questions/databases/index-write-cost.md", text)).isEmpty();
        assertThat(problems).extracting(ContentProblem::field).contains("level");
    }

    @Test
    void rejectsAnAnswerOutsideTheWordLimits() {
        String tooShort = Questions.aQuestion("short-one", "technical", "topic: databases", Questions.body(50));
        String tooLong = Questions.aQuestion("long-one", "technical", "topic: databases", Questions.body(700));

        parse("questions/databases/short-one.md", tooShort);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("200-600 words"));
        parse("questions/databases/long-one.md", tooLong);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("200-600 words"));
    }

    @Test
    void rejectsATechnicalQuestionFiledUnderAnotherTopicFolder() {
        parse("questions/caching/index-write-cost.md", Questions.aTechnicalQuestion("index-write-cost"));

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("questions/databases/"));
    }

    @Test
    void rejectsABehavioralQuestionWithoutStarSections() {
        String text = Questions.aQuestion("team-conflict", "behavioral", "", Questions.body(250));

        parse("questions/behavioral/team-conflict.md", text);

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("### Situation"));
    }

    @Test
    void rejectsListItemsThatYamlReadsAsMappings() {
        String text = Questions.aTechnicalQuestion("index-write-cost")
                .replace("  - Measure with the workload before adding an index.", "  - Rule: measure first");

        parse("questions/databases/index-write-cost.md", text);

        assertThat(problems).anySatisfy(p -> assertThat(p.field()).isEqualTo("key_points"));
    }

    @Test
    void rejectsBrokenYamlWithoutThrowing() {
        String text = "---\nslug: [unclosed\n---\nbody";

        assertThat(parse("questions/databases/unclosed.md", text)).isEmpty();
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        assertThat(parse("questions/databases/plain.md", "Just some text")).isEmpty();
        assertThat(problems).extracting(ContentProblem::field).containsExactly("front matter");
    }

    @Test
    void rejectsAnUpdatedDateInTheFuture() {
        String text =
                Questions.aTechnicalQuestion("index-write-cost").replace("updated: 2026-11-01", "updated: 2027-01-01");

        parse("questions/databases/index-write-cost.md", text);

        assertThat(problems).extracting(ContentProblem::field).contains("updated");
    }

    @Test
    void rendersRawHtmlInAnswersAsTextNotMarkup() {
        String body = Questions.body(220)
                + "\n\n<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))";
        var doc = parse(
                "questions/databases/index-write-cost.md",
                Questions.aQuestion("index-write-cost", "technical", "topic: databases", body));

        assertThat(doc)
                .hasValueSatisfying(q -> assertThat(q.answerHtml())
                        .doesNotContain("<script")
                        .doesNotContain("<img")
                        .doesNotContain("href=\"javascript")
                        .contains("&lt;script&gt;"));
    }
}
