package dev.prepstack.editorial;

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
        return new QuestionFields(title, summary, points, UserText.withoutInvisible(fields.answerMarkdown()));
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
