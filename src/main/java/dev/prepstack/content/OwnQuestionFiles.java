package dev.prepstack.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The bank's question file format for other modules: a person's own questions are read from and
 * written to it, so a file exported from Prepstack reads back in, and a bank file reads as an own
 * question.
 */
public final class OwnQuestionFiles {

    public static final int MAX_TITLE = 300;
    public static final int MAX_KEY_POINTS = 8;
    public static final int MAX_POINT = 500;
    public static final int MAX_TAGS = 8;
    public static final int MAX_TAG = 40;

    private OwnQuestionFiles() {}

    /** An own question as a file holds it; the answer is the file's Markdown body. */
    public record OwnQuestionFile(
            String title,
            String answerMarkdown,
            List<String> keyPoints,
            List<String> followUps,
            List<String> tags,
            String level) {}

    /** The file, or the problems that keep it out (each naming the file and the field). */
    public record Read(OwnQuestionFile question, List<String> problems) {}

    public static Read readOwn(String path, String text) {
        List<ContentProblem> problems = new ArrayList<>();
        var question = OwnQuestionFileParser.parseOwn(path, text, problems);
        List<String> errors = problems.stream()
                .filter(p -> p.severity() == ContentProblem.Severity.ERROR)
                .map(p -> p.field() + " " + p.message())
                .toList();
        return new Read(errors.isEmpty() ? question.orElse(null) : null, errors);
    }

    /** The question as a bank-format file: YAML front matter, then the answer. */
    public static String write(String slug, OwnQuestionFile question) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("slug", slug);
        front.put("title", question.title());
        front.put("kind", "technical");
        if (question.level() != null) {
            front.put("level", question.level());
        }
        if (!question.tags().isEmpty()) {
            front.put("tags", question.tags());
        }
        front.put("key_points", question.keyPoints());
        if (!question.followUps().isEmpty()) {
            front.put("follow_ups", question.followUps());
        }
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return "---\n" + new Yaml(options).dump(front) + "---\n\n"
                + question.answerMarkdown().strip() + "\n";
    }
}
