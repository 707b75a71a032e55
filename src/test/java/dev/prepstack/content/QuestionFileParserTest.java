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
