package dev.prepstack.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The bank's file format for code that edits questions outside the repository (the editorial
 * module): writes a question as a Markdown file exactly as the bank lays them out, and validates a
 * changed question by the same rules the loader applies to a file in {@code content/}.
 */
@Component
public class QuestionFiles {

    private final ContentLoader loader;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    QuestionFiles(ContentLoader loader, MarkdownRenderer markdown, Clock clock) {
        this.loader = loader;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The outcome of validating a changed question: the document as the bank would load it, or why not. */
    public record Validation(Optional<QuestionDocument> document, List<ContentProblem> problems) {

        public boolean valid() {
            return document.isPresent();
        }

        /** The errors as one sentence per problem, "field: message", for an editor to read. */
        public List<String> reasons() {
            return problems.stream()
                    .filter(p -> p.severity() == ContentProblem.Severity.ERROR)
                    .map(p -> p.field() + ": " + p.message())
                    .toList();
        }
    }

    /** The question as the shipped bank (the repository's files, as last loaded) has it. */
    public Optional<QuestionDocument> shipped(String slug) {
        return loader.lastLoaded().questions().stream()
                .filter(q -> q.slug().equals(slug))
                .findFirst();
    }

    /** Where the bank keeps a question's file: {@code questions/<topic or kind>/<slug>.md}. */
    public static String pathOf(Kind kind, String topic, String slug) {
        String folder = kind.belongsToTopic() ? topic : kind.slug();
        return "questions/" + folder + "/" + slug + ".md";
    }

    /** Validates the file {@link #write} makes of the question, by the bank's own parser. */
    public Validation validate(QuestionDocument question) {
        return validate(pathOf(question.kind(), question.topic(), question.slug()), write(question));
    }

    /** Validates one question file's text as if it were at {@code path} in the bank. */
    public Validation validate(String path, String text) {
        var topics =
                loader.lastLoaded().topics().stream().map(TopicDocument::slug).collect(Collectors.toSet());
        List<ContentProblem> problems = new ArrayList<>();
        Optional<QuestionDocument> parsed =
                new QuestionFileParser(topics, markdown, clock).parse(new ContentFile(path, text), problems);
        return new Validation(parsed, List.copyOf(problems));
    }

    /** Renders Markdown as the bank renders answers: escaped, sanitised, diagrams as images. */
    public String toSafeHtml(String answerMarkdown, String slug, String title) {
        return markdown.toSafeHtml(answerMarkdown, slug, title);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The question as a bank file: front matter in the bank's order and layout, then the answer.
     * Folded texts (summary, follow-up answers) are written on one line: the bank's files wrap them
     * at different widths, and one line reads back the same under YAML's folding.
     */
    public static String write(QuestionDocument q) {
        var out = new StringBuilder("---\n");
        line(out, "slug", q.slug());
        line(out, "title", q.title());
        if (!q.aliases().isEmpty()) {
            out.append("aliases:\n");
            q.aliases().forEach(a -> out.append("  - ").append(scalar(a)).append('\n'));
        }
        out.append("kind: ").append(q.kind().slug()).append('\n');
        if (q.kind() == Kind.SYSTEM_DESIGN) {
            out.append("topics: ").append(flow(q.topics())).append('\n');
        } else if (q.topic() != null) {
            line(out, "topic", q.topic());
        }
        out.append("level: ").append(q.level().slug()).append('\n');
        out.append("tags: ").append(flow(q.tags())).append('\n');
        out.append("updated: ").append(q.updated()).append('\n');
        out.append("summary: >-\n  ").append(q.summary()).append('\n');
        out.append("key_points:\n");
        q.keyPoints().forEach(k -> out.append("  - ").append(scalar(k)).append('\n'));
        out.append("follow_ups:\n");
        for (FollowUp f : q.followUps()) {
            if (f.see() == null && !f.hasAnswer()) {
                out.append("  - ").append(scalar(f.question())).append('\n');
                continue;
            }
            out.append("  - question: ").append(scalar(f.question())).append('\n');
            if (f.see() != null) {
                out.append("    see: ").append(f.see()).append('\n');
            } else {
                out.append("    answer: >-\n      ").append(f.answer()).append('\n');
                out.append("    key_points:\n");
                f.keyPoints()
                        .forEach(k -> out.append("      - ").append(scalar(k)).append('\n'));
            }
        }
        if (!q.misconceptions().isEmpty()) {
            out.append("misconceptions:\n");
            for (Misconception m : q.misconceptions()) {
                out.append("  - claim: ").append(scalar(m.claim())).append('\n');
                out.append("    correction: ").append(scalar(m.correction())).append('\n');
                out.append("    point: ").append(m.keyPoint() + 1).append('\n');
            }
        }
        if (!q.sources().isEmpty()) {
            out.append("sources:\n");
            for (Source s : q.sources()) {
                out.append("  - title: ").append(quoted(s.title())).append('\n');
                out.append("    url: ").append(scalar(s.url())).append('\n');
            }
        }
        if (q.verified() != null) {
            out.append("verified: ").append(q.verified()).append('\n');
        }
        out.append("related: ").append(flow(q.related())).append('\n');
        out.append("previous_slugs: ").append(flow(q.previousSlugs())).append('\n');
        out.append("---\n").append(q.answerMarkdown().strip()).append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(scalar(value)).append('\n');
    }

    private static String flow(List<String> items) {
        return items.stream().map(QuestionFiles::flowScalar).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String flowScalar(String value) {
        return value.matches(".*[,\\[\\]{}].*") ? quoted(value) : scalar(value);
    }

    /** Plain when YAML reads it back as the same text, else double-quoted. */
    static String scalar(String value) {
        if (value.isEmpty() || value.strip().length() != value.length()) {
            return quoted(value);
        }
        try {
            Object read = FrontMatter.yaml().load("k: " + value);
            if (read instanceof Map<?, ?> m && value.equals(m.get("k"))) {
                return value;
            }
        } catch (RuntimeException e) {
            // Not valid as a plain scalar: quote it.
        }
        return quoted(value);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
