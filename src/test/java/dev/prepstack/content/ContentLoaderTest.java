package dev.prepstack.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLoaderTest {

    private final ContentLoader loader = new ContentLoader(new ContentProperties(null), new MarkdownRenderer());

    private static final String TOPICS = """
            - slug: databases
              name: Databases
              description: Storing and querying data.
            """;

    private static List<ContentFile> editorial() {
        return List.of(
                new ContentFile("topics.yml", TOPICS),
                new ContentFile("roles.yml", """
                        - slug: backend-developer
                          name: Backend Developer
                          summary: Builds server-side code.
                          description: Writes services and APIs.
                          responsibilities: [Write services]
                          topics: [databases]
                        """),
                new ContentFile("learning-path.yml", """
                        - slug: learn-databases
                          title: Learn databases
                          summary: Learn SQL properly.
                          description: Joins, indexes and transactions.
                          topics: [databases]
                        """),
                new ContentFile("tips.yml", "- title: Read query plans\n  body: Run EXPLAIN ANALYZE first.\n"),
                new ContentFile("faq.yml", "- question: SQL or NoSQL?\n  answer: It depends on the access pattern.\n"));
    }

    @Test
    void marksBothFilesInvalidWhenTwoClaimTheSameSlug() {
        var files = new java.util.ArrayList<>(editorial());
        files.add(new ContentFile("questions/databases/a-question.md", Questions.aTechnicalQuestion("a-question")));
        files.add(new ContentFile(
                "questions/databases/b-question.md",
                Questions.aTechnicalQuestion("b-question")
                        .replace("previous_slugs: []", "previous_slugs: [a-question]")));

        ContentBank bank = loader.load(files);

        assertThat(bank.questions()).isEmpty();
        assertThat(bank.invalidQuestionSlugs()).containsExactlyInAnyOrder("a-question", "b-question");
    }

    @Test
    void dropsRelatedLinksToUnknownQuestionsWithAWarning() {
        var files = new java.util.ArrayList<>(editorial());
        files.add(new ContentFile(
                "questions/databases/a-question.md",
                Questions.aTechnicalQuestion("a-question").replace("related: []", "related: [no-such-question]")));

        ContentBank bank = loader.load(files);

        assertThat(bank.questions())
                .singleElement()
                .satisfies(q -> assertThat(q.related()).isEmpty());
        assertThat(bank.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ContentProblem.Severity.WARNING);
            assertThat(p.field()).isEqualTo("related");
        });
    }

    @Test
    void reportsAnEditorialFileThatNamesAnUnknownTopic() {
        var files = new java.util.ArrayList<>(editorial());
        files.set(1, new ContentFile("roles.yml", """
                - slug: backend-developer
                  name: Backend Developer
                  summary: Builds server-side code.
                  description: Writes services and APIs.
                  responsibilities: [Write services]
                  topics: [astrology]
                """));

        ContentBank bank = loader.load(files);

        assertThat(bank.isValid(ContentBank.ROLES)).isFalse();
        assertThat(bank.isValid(ContentBank.TOPICS)).isTrue();
        assertThat(bank.problems()).anySatisfy(p -> assertThat(p.message()).contains("astrology"));
    }

    @Test
    void reportsMissingEditorialFiles() {
        ContentBank bank = loader.load(List.of(new ContentFile("topics.yml", TOPICS)));

        assertThat(bank.invalidSections()).contains(ContentBank.ROLES, ContentBank.TIPS, ContentBank.FAQ);
        assertThat(bank.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("faq.yml"));
    }
}
