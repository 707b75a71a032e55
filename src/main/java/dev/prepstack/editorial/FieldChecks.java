package dev.prepstack.editorial;

import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.UserText;
import java.util.ArrayList;
import java.util.List;

/** Size limits and clean text for what readers and editors type; the bank's rules come at publishing. */
final class FieldChecks {

    private FieldChecks() {}

    /** Size limits and invisible characters; the bank's own rules apply when a change is accepted. */
    static QuestionFields checked(QuestionFields fields) {
        if (fields == null) {
            throw new InvalidParameterException("title", "is required");
        }
        String title = UserText.clean(fields.title());
        if (title.isEmpty() || title.length() > QuestionFields.MAX_TITLE) {
            throw new InvalidParameterException("title", "must be 1-300 characters");
        }
        String summary = UserText.clean(fields.summary());
        if (summary.length() > QuestionFields.MAX_SUMMARY) {
            throw new InvalidParameterException("summary", "must be at most 1,000 characters");
        }
        List<String> points = new ArrayList<>();
        for (String p : fields.keyPoints()) {
            String clean = UserText.clean(p);
            if (clean.length() > QuestionFields.MAX_KEY_POINT) {
                throw new InvalidParameterException("keyPoints", "each key point must be at most 300 characters");
            }
            if (!clean.isEmpty()) {
                points.add(clean);
            }
        }
        if (points.size() > QuestionFields.MAX_KEY_POINTS) {
            throw new InvalidParameterException("keyPoints", "at most 12 key points");
        }
        if (fields.answerMarkdown().length() > QuestionFields.MAX_ANSWER) {
            throw new InvalidParameterException("answerMarkdown", "must be at most 20,000 characters");
        }
        return new QuestionFields(
                title,
                summary,
                points,
                UserText.withoutInvisible(fields.answerMarkdown()),
                followUps(fields.followUps()),
                mistakes(fields.commonMistakes()),
                sources(fields.sources()),
                list(fields.tags(), QuestionFields.MAX_TAGS, 40, "tags"),
                level(fields.level()));
    }

    private static List<String> list(List<String> items, int maxItems, int maxLength, String parameter) {
        if (items == null) {
            return null;
        }
        if (items.size() > maxItems) {
            throw new InvalidParameterException(parameter, "at most " + maxItems + " entries");
        }
        return items.stream().map(i -> required(i, maxLength, parameter)).toList();
    }

    private static List<QuestionFields.FollowUpField> followUps(List<QuestionFields.FollowUpField> items) {
        if (items == null) {
            return null;
        }
        if (items.size() > QuestionFields.MAX_FOLLOW_UPS) {
            throw new InvalidParameterException("followUps", "at most " + QuestionFields.MAX_FOLLOW_UPS + " entries");
        }
        return items.stream()
                .map(f -> {
                    if (f.keyPoints().size() > 3) {
                        throw new InvalidParameterException("followUps", "at most 3 key points per follow-up");
                    }
                    return new QuestionFields.FollowUpField(
                            required(f.question(), 300, "followUps"),
                            f.answer() == null ? null : required(f.answer(), 800, "followUps"),
                            f.keyPoints().stream()
                                    .map(k -> required(k, 300, "followUps"))
                                    .toList(),
                            f.see() == null ? null : required(f.see(), 120, "followUps"));
                })
                .toList();
    }

    private static List<QuestionFields.Mistake> mistakes(List<QuestionFields.Mistake> items) {
        if (items == null) {
            return null;
        }
        if (items.size() > QuestionFields.MAX_MISTAKES) {
            throw new InvalidParameterException("commonMistakes", "at most 6 common mistakes");
        }
        return items.stream()
                .map(m -> new QuestionFields.Mistake(
                        required(m.claim(), 300, "commonMistakes"),
                        required(m.correction(), 400, "commonMistakes"),
                        m.point()))
                .toList();
    }

    private static List<QuestionFields.SourceLink> sources(List<QuestionFields.SourceLink> items) {
        if (items == null) {
            return null;
        }
        if (items.size() > QuestionFields.MAX_SOURCES) {
            throw new InvalidParameterException("sources", "at most 5 sources");
        }
        return items.stream()
                .map(s -> new QuestionFields.SourceLink(
                        required(s.title(), 200, "sources"), required(s.url(), 500, "sources")))
                .toList();
    }

    private static String level(String level) {
        if (level == null) {
            return null;
        }
        return Level.fromSlug(level)
                .map(Level::slug)
                .orElseThrow(
                        () -> new InvalidParameterException("level", "must be fresher, intermediate or experienced"));
    }

    private static String required(String value, int max, String parameter) {
        String clean = text(value, max, parameter);
        if (clean == null) {
            throw new InvalidParameterException(parameter, "entries cannot be empty");
        }
        return clean;
    }

    static String changeSummary(String text, String fallback) {
        String s = text(text, Editorial.MAX_CHANGE_SUMMARY, "changeSummary");
        return s != null ? s : fallback;
    }

    static String text(String value, int max, String parameter) {
        if (value == null) {
            return null;
        }
        String clean = UserText.clean(value);
        if (clean.length() > max) {
            throw new InvalidParameterException(parameter, "must be at most " + max + " characters");
        }
        return clean.isEmpty() ? null : clean;
    }
}
