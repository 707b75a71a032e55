package dev.prepstack.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer behind editorial revisions and the export: every question of the shipped bank, written
 * out, reads back as the same question, with its front matter keys in the order the repository's
 * file has them (the export is meant to be committed upstream). Folded texts are written on one line
 * (the bank wraps them at different widths), so about one file in ten comes out byte for byte.
 */
class QuestionFilesTest {

    private final ContentLoader loader = new ContentLoader(
            new ContentProperties(Path.of("content").toString()), new MarkdownRenderer(), Clock.systemUTC());
    private final QuestionFiles files = new QuestionFiles(loader, new MarkdownRenderer(), Clock.systemUTC());

    @Test
    void everyShippedQuestionWrittenOutReadsBackAsTheSameQuestion() throws Exception {
        ContentBank bank = loader.load();
        List<String> differences = new ArrayList<>();
        List<String> keyOrder = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            String text = QuestionFiles.write(q);
            var validation = files.validate(q.sourcePath(), text);
            assertThat(validation.reasons()).as(q.slug()).isEmpty();
            QuestionDocument back = validation.document().orElseThrow();
            if (!sameFields(q, back)) {
                differences.add(q.slug());
            }
            if (!keys(Files.readString(Path.of("content").resolve(q.sourcePath())))
                    .equals(keys(text))) {
                keyOrder.add(q.slug());
            }
        }
        assertThat(bank.questions()).hasSizeGreaterThan(100);
        assertThat(differences).isEmpty();
        assertThat(keyOrder)
                .as("front matter keys in another order than the repository's")
                .isEmpty();
    }

    @Test
    void aChangeThatBreaksTheBanksRulesIsRefusedWithTheFieldAndTheRule() {
        QuestionDocument q = loader.load().questions().getFirst();
        var broken = new QuestionDocument(
                q.sourcePath(),
                q.slug(),
                "Short",
                q.aliases(),
                q.kind(),
                q.topic(),
                q.topics(),
                q.level(),
                q.tags(),
                q.updated(),
                q.summary(),
                List.of("Only one key point here."),
                q.followUps(),
                List.of(),
                q.sources(),
                q.verified(),
                q.related(),
                q.previousSlugs(),
                q.answerMarkdown(),
                "",
                0,
                "");

        var validation = files.validate(broken);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.reasons())
                .anyMatch(r -> r.startsWith("title:"))
                .anyMatch(r -> r.startsWith("key_points:"));
    }

    @Test
    void textThatYamlWouldMisreadIsQuoted() {
        assertThat(QuestionFiles.scalar("plain words")).isEqualTo("plain words");
        assertThat(QuestionFiles.scalar("key: value")).isEqualTo("\"key: value\"");
        assertThat(QuestionFiles.scalar("# not a comment")).startsWith("\"");
        assertThat(QuestionFiles.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(QuestionFiles.scalar("say \"hi\"")).isIn("say \"hi\"", "\"say \\\"hi\\\"\"");
    }

    /** The top-level front matter keys, in order. */
    private static List<String> keys(String file) {
        String frontMatter = file.substring(4, file.indexOf("\n---\n"));
        return frontMatter
                .lines()
                .filter(l -> l.matches("[a-z_]+:.*"))
                .map(l -> l.substring(0, l.indexOf(':')))
                .toList();
    }

    private static boolean sameFields(QuestionDocument a, QuestionDocument b) {
        return a.slug().equals(b.slug())
                && a.title().equals(b.title())
                && a.aliases().equals(b.aliases())
                && a.kind() == b.kind()
                && java.util.Objects.equals(a.topic(), b.topic())
                && a.topics().equals(b.topics())
                && a.level() == b.level()
                && a.tags().equals(b.tags())
                && a.updated().equals(b.updated())
                && a.summary().equals(b.summary())
                && a.keyPoints().equals(b.keyPoints())
                && a.followUps().equals(b.followUps())
                && a.misconceptions().equals(b.misconceptions())
                && a.sources().equals(b.sources())
                && java.util.Objects.equals(a.verified(), b.verified())
                && a.related().equals(b.related())
                && a.previousSlugs().equals(b.previousSlugs())
                && a.answerMarkdown().equals(b.answerMarkdown())
                && a.answerHtml().equals(b.answerHtml());
    }
}
