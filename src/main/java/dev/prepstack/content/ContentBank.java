package dev.prepstack.content;

import java.util.List;
import java.util.Set;

/**
 * Everything read from a content folder. {@code invalidQuestionSlugs} names question files that
 * exist but failed validation, so the sync can tell "broken" (keep the last good version) from
 * "removed" (retire). {@code invalidSections} names editorial files (topics, roles, learning-path,
 * tips, faq) that failed validation; their lists are empty and must not replace what is live.
 */
public record ContentBank(
        List<TopicDocument> topics,
        List<RoleDocument> roles,
        List<PathStepDocument> learningPath,
        List<EditorialEntry> tips,
        List<EditorialEntry> faq,
        List<QuestionDocument> questions,
        Set<String> invalidQuestionSlugs,
        Set<String> invalidSections,
        List<ContentProblem> problems) {

    public static final String TOPICS = "topics";
    public static final String ROLES = "roles";
    public static final String LEARNING_PATH = "learning-path";
    public static final String TIPS = "tips";
    public static final String FAQ = "faq";

    public boolean isValid(String section) {
        return !invalidSections.contains(section);
    }

    public List<ContentProblem> errors() {
        return problems.stream()
                .filter(p -> p.severity() == ContentProblem.Severity.ERROR)
                .toList();
    }
}
