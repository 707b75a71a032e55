package dev.prepstack.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The question bank in content/ is complete and valid: the build fails on any broken file. */
class ContentBankTest {

    private static ContentBank bank;

    @BeforeAll
    static void loadBank() {
        bank = new ContentLoader(new ContentProperties(null), new MarkdownRenderer()).load(Path.of("content"));
    }

    @Test
    void everyContentFileIsValid() {
        assertThat(bank.problems()).as("content problems").isEmpty();
        assertThat(bank.invalidSections()).isEmpty();
    }

    @Test
    void everyQuestionListsTwoToFiveCommonMistakesNoneARepeatOfAKeyPoint() {
        for (QuestionDocument q : bank.questions()) {
            assertThat(q.misconceptions()).as(q.slug()).hasSizeBetween(2, 5);
            for (Misconception m : q.misconceptions()) {
                assertThat(q.keyPoints()).as(q.slug()).doesNotContain(m.claim());
                assertThat(m.claim()).as(q.slug()).isNotEqualToIgnoringCase(m.correction());
            }
        }
    }

    @Test
    void slugsAreUniqueIncludingFormerSlugs() {
        Set<String> seen = new HashSet<>();
        for (QuestionDocument q : bank.questions()) {
            assertThat(seen.add(q.slug())).as("duplicate slug " + q.slug()).isTrue();
            q.previousSlugs()
                    .forEach(p -> assertThat(seen.add(p))
                            .as("duplicate former slug " + p)
                            .isTrue());
        }
    }

    @Test
    void everyRelatedLinkResolvesToAnotherQuestion() {
        Set<String> slugs =
                bank.questions().stream().map(QuestionDocument::slug).collect(Collectors.toSet());
        for (QuestionDocument q : bank.questions()) {
            assertThat(q.related())
                    .as(q.slug() + " related")
                    .allMatch(slugs::contains)
                    .doesNotContain(q.slug());
        }
    }

    @Test
    void everySeedQuestionIsATitleOrAliasOfTheBank() throws IOException {
        Map<String, String> byNormalisedWording = new HashMap<>();
        for (QuestionDocument q : bank.questions()) {
            byNormalisedWording.put(normalise(q.title()), q.slug());
            q.aliases().forEach(a -> byNormalisedWording.put(normalise(a), q.slug()));
        }
        List<String> missing = new ArrayList<>();
        int seeds = 0;
        for (String line :
                Files.readAllLines(Path.of("src/test/resources/seed-questions.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            seeds++;
            String wording = line.substring(line.indexOf('\t') + 1);
            if (!byNormalisedWording.containsKey(normalise(wording))) {
                missing.add(wording);
            }
        }
        assertThat(seeds).isGreaterThanOrEqualTo(95);
        assertThat(missing).as("seed questions with no matching title or alias").isEmpty();
    }

    @Test
    void everyTopicHasAtLeastSixQuestionsAtEachLevel() {
        Map<String, Map<Level, Long>> counts = bank.questions().stream()
                .filter(q -> q.kind().belongsToTopic())
                .collect(Collectors.groupingBy(
                        QuestionDocument::topic,
                        Collectors.groupingBy(QuestionDocument::level, Collectors.counting())));
        for (TopicDocument topic : bank.topics()) {
            for (Level level : Level.values()) {
                long n = counts.getOrDefault(topic.slug(), Map.of()).getOrDefault(level, 0L);
                assertThat(n).as(topic.slug() + " / " + level.slug()).isGreaterThanOrEqualTo(6);
            }
        }
        assertThat(bank.topics()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void bankCoversWhatBackendLoopsAskIn2026() {
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(450);
        assertThat(count(q -> q.kind() == Kind.SYSTEM_DESIGN)).isGreaterThanOrEqualTo(25);
        assertThat(count(q -> q.kind() == Kind.SYSTEM_DESIGN && q.level() != Level.EXPERIENCED))
                .as("system designs for freshers and intermediates")
                .isGreaterThanOrEqualTo(5);
        assertThat(count(q -> q.kind() == Kind.BEHAVIORAL)).isGreaterThanOrEqualTo(36);
        assertThat(count(q -> q.kind() == Kind.SCENARIO)).isGreaterThanOrEqualTo(45);
        assertThat(count(q -> q.kind() == Kind.SCENARIO && q.level() == Level.FRESHER))
                .isGreaterThanOrEqualTo(8);
        assertThat(count(q -> "languages-runtimes".equals(q.topic())
                        && (q.tags().contains("java") || q.tags().contains("spring"))))
                .as("Java/JVM and Spring")
                .isGreaterThanOrEqualTo(20);
        for (String language : List.of("go", "python", "nodejs")) {
            assertThat(count(q ->
                            "languages-runtimes".equals(q.topic()) && q.tags().contains(language)))
                    .as(language)
                    .isGreaterThanOrEqualTo(6);
        }
        assertThat(count(q -> "ai-in-the-backend".equals(q.topic()))).isGreaterThanOrEqualTo(12);
        assertThat(count(q -> "software-design".equals(q.topic()))).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyQuestionNamesOneToThreeSourcesAndWhenItsFactsWereChecked() {
        List<String> missing = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            if (q.sources().isEmpty() || q.sources().size() > 3 || q.verified() == null) {
                missing.add(q.slug());
            }
        }
        assertThat(missing)
                .as("questions without 1-3 sources or a verified date")
                .isEmpty();
    }

    @Test
    void everyFollowUpIsAnsweredByItsOwnAnswerOrByAnotherQuestion() {
        List<String> unanswered = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            q.followUps().stream()
                    .filter(f -> !f.isAnswered())
                    .forEach(f -> unanswered.add(q.slug() + ": " + f.question()));
        }
        assertThat(unanswered).as("follow-ups without an answer").isEmpty();
    }

    @Test
    void noKeyPointIsPastedWordForWordIntoTheAnswer() {
        List<String> pasted = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            String body = verbatimForm(q.answerMarkdown());
            for (String point : q.keyPoints()) {
                if (body.contains(verbatimForm(point))) {
                    pasted.add(q.slug() + ": " + point);
                }
            }
        }
        // The answer teaches each point in its own words; a copy of the rubric teaches nothing new.
        assertThat(pasted).as("key points copied into the answer").isEmpty();
    }

    private static long count(java.util.function.Predicate<QuestionDocument> which) {
        return bank.questions().stream().filter(which).count();
    }

    private static String verbatimForm(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[`*_]", "");
        plain = plain.replaceAll("\\s+", " ").strip();
        return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
    }

    @Test
    void noTableHasAnEmptyHeaderCell() {
        // Screen readers announce a table's header cells; an empty one fails axe's empty-table-header rule.
        List<String> empty = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            String previous = "";
            for (String line : q.answerMarkdown().split("\n")) {
                boolean delimiter = line.strip().matches("\\|?\\s*:?-{3,}.*");
                if (delimiter && previous.strip().startsWith("|")) {
                    String header = previous.strip().replaceAll("^\\||\\|$", "");
                    for (String cell : header.split("\\|", -1)) {
                        if (cell.isBlank()) {
                            empty.add(q.slug() + ": " + previous.strip());
                            break;
                        }
                    }
                }
                previous = line;
            }
        }
        assertThat(empty).as("tables with an empty header cell").isEmpty();
    }

    @Test
    void everyKeyPointIsExplainedInTheAnswerBody() {
        List<String> unexplained = new ArrayList<>();
        for (QuestionDocument q : bank.questions()) {
            Set<String> body = contentWords(q.answerMarkdown());
            for (String point : q.keyPoints()) {
                Set<String> words = contentWords(point);
                long shared = words.stream().filter(body::contains).count();
                // Half of a point's content words must appear in the answer that explains it.
                if (words.isEmpty() || shared * 2 < words.size()) {
                    unexplained.add(q.slug() + ": " + point);
                }
            }
        }
        assertThat(unexplained)
                .as("key points whose words the answer never uses")
                .isEmpty();
    }

    @Test
    void noTwoQuestionsAreNearCopies() {
        List<String> pairs = new NearDuplicates(bank.questions()).pairsAbove(NearDuplicates.THRESHOLD);
        assertThat(pairs).as("question pairs too similar in title and summary").isEmpty();
    }

    @Test
    void everySystemDesignChallengeHasOneDiagramThatRenders() {
        var diagrams = new DiagramRenderer();
        for (QuestionDocument q : bank.questions()) {
            List<String> sources = DiagramRenderer.sources(q.answerMarkdown());
            if (q.kind() == Kind.SYSTEM_DESIGN) {
                assertThat(sources).as(q.slug()).hasSize(1);
                assertThat(q.answerHtml()).contains("src=\"/questions/" + q.slug() + "/diagram-1.svg\"");
            }
            for (String source : sources) {
                assertThat(diagrams.problem(source)).as(q.slug()).isEmpty();
            }
        }
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{Punct}’‘“”]", " ").replaceAll("\\s+", " ").strip();
    }

    private static Set<String> contentWords(String text) {
        return NearDuplicates.terms(text).stream().map(NearDuplicates::stem).collect(Collectors.toSet());
    }
}
