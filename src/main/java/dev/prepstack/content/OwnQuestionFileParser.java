package dev.prepstack.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads a person's own question from a file in the bank's format (issue 26), with the bank parser's
 * document pattern and typed front-matter reads; kept apart so the bank's parser stays about the bank.
 */
final class OwnQuestionFileParser {

    private OwnQuestionFileParser() {}

    /**
     * A person's own question written in the bank's format: the same front matter, read with the
     * same typed reads, but only what an own question has (title, key_points, follow_ups, tags,
     * level); the body is the answer. The bank's editorial rules (topic folders, word counts,
     * sections, sources) are not applied: they are ours, not theirs.
     */
    static Optional<OwnQuestionFiles.OwnQuestionFile> parseOwn(
            String path, String text, List<ContentProblem> problems) {
        int before = problems.size();
        Matcher m = QuestionFileParser.DOCUMENT.matcher(text.replace("\r\n", "\n"));
        if (!m.matches()) {
            problems.add(ContentProblem.error(path, "front matter", "must start and end with a line '---'"));
            return Optional.empty();
        }
        Object loaded;
        try {
            loaded = FrontMatter.yaml().load(m.group(1));
        } catch (RuntimeException e) {
            problems.add(ContentProblem.error(
                    path, "front matter", "is not valid YAML: " + QuestionFileParser.firstLine(e.getMessage())));
            return Optional.empty();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(ContentProblem.error(path, "front matter", "must be a YAML mapping"));
            return Optional.empty();
        }
        var fm = new FrontMatter(path, map, problems);
        String title = fm.string("title", true, 1, OwnQuestionFiles.MAX_TITLE);
        List<String> keyPoints =
                fm.strings("key_points", 0, OwnQuestionFiles.MAX_KEY_POINTS, OwnQuestionFiles.MAX_POINT);
        List<String> followUps = map.get("follow_ups") == null
                ? List.of()
                : QuestionFileParser.followUps(fm, map.get("follow_ups")).stream()
                        .map(FollowUp::question)
                        .toList();
        List<String> tags = fm.strings("tags", 0, OwnQuestionFiles.MAX_TAGS, OwnQuestionFiles.MAX_TAG);
        String level = null;
        if (fm.has("level")) {
            level = Level.fromSlug(String.valueOf(map.get("level")))
                    .map(Level::slug)
                    .orElse(null);
            if (level == null) {
                fm.problem("level", "must be one of fresher, intermediate, experienced");
            }
        }
        String body = m.group(2).strip();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new OwnQuestionFiles.OwnQuestionFile(title, body, keyPoints, followUps, tags, level));
    }
}
