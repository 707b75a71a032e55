package dev.prepstack.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Reads the small YAML files that describe topics, roles, the learning path, tips and the FAQ. */
final class EditorialParser {

    private final MarkdownRenderer markdown;

    EditorialParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Optional<List<TopicDocument>> topics(ContentFile file, List<ContentProblem> problems) {
        return entries(file, problems, (fm, i) -> {
            String slug = fm.string("slug", true, 1, 80);
            if (slug != null && !QuestionFileParser.SLUG.matcher(slug).matches()) {
                fm.problem("slug", "must be lowercase words joined by '-'");
            }
            return new TopicDocument(slug, fm.string("name", true, 2, 80), fm.string("description", true, 10, 600));
        });
    }

    Optional<List<RoleDocument>> roles(ContentFile file, List<ContentProblem> problems) {
        return entries(
                file,
                problems,
                (fm, i) -> new RoleDocument(
                        fm.string("slug", true, 1, 80),
                        fm.string("name", true, 2, 80),
                        fm.string("summary", true, 10, 300),
                        markdown.toSafeHtml(fm.string("description", true, 10, 4000)),
                        fm.strings("responsibilities", 1, 12, 300),
                        fm.strings("topics", 1, 15, 80)));
    }

    Optional<List<PathStepDocument>> learningPath(ContentFile file, List<ContentProblem> problems) {
        return entries(
                file,
                problems,
                (fm, i) -> new PathStepDocument(
                        fm.string("slug", true, 1, 80),
                        fm.string("title", true, 2, 80),
                        fm.string("summary", true, 10, 300),
                        markdown.toSafeHtml(fm.string("description", true, 10, 4000)),
                        fm.strings("topics", 1, 15, 80)));
    }

    Optional<List<EditorialEntry>> entries(
            ContentFile file, List<ContentProblem> problems, String titleKey, String bodyKey) {
        return entries(
                file,
                problems,
                (fm, i) -> new EditorialEntry(
                        fm.string(titleKey, true, 5, 300), markdown.toSafeHtml(fm.string(bodyKey, true, 10, 4000))));
    }

    private <T> Optional<List<T>> entries(
            ContentFile file, List<ContentProblem> problems, BiFunction<FrontMatter, Integer, T> reader) {
        int before = problems.size();
        if (file == null) {
            return Optional.empty();
        }
        if (file.text() == null) {
            problems.add(ContentProblem.error(file.path(), "file", "is too large"));
            return Optional.empty();
        }
        Object loaded;
        try {
            loaded = FrontMatter.yaml().load(file.text());
        } catch (RuntimeException e) {
            problems.add(ContentProblem.error(file.path(), "file", "is not valid YAML"));
            return Optional.empty();
        }
        if (!(loaded instanceof List<?> list) || list.isEmpty()) {
            problems.add(ContentProblem.error(file.path(), "file", "must be a non-empty YAML list"));
            return Optional.empty();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(ContentProblem.error(file.path(), "entry " + (i + 1), "must be a mapping"));
                continue;
            }
            out.add(reader.apply(new FrontMatter(file.path() + "#" + (i + 1), map, problems), i));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(List.copyOf(out));
    }
}
