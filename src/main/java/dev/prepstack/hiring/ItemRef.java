package dev.prepstack.hiring;

import dev.prepstack.shared.InvalidParameterException;

/** One question of a kit being written: a bank question by slug or a custom question by id. */
public record ItemRef(String questionSlug, Long customQuestionId) {

    public ItemRef {
        questionSlug = questionSlug == null || questionSlug.isBlank() ? null : questionSlug.strip();
        if ((questionSlug == null) == (customQuestionId == null)) {
            throw new InvalidParameterException("items", "each item names either a questionSlug or a customQuestionId");
        }
        if (questionSlug != null && (questionSlug.length() > 80 || !questionSlug.matches("[a-z0-9-]+"))) {
            throw new InvalidParameterException("items", "questionSlug must be a question's slug");
        }
    }

    public static ItemRef bank(String slug) {
        return new ItemRef(slug, null);
    }

    public static ItemRef custom(long id) {
        return new ItemRef(null, id);
    }

    /** "bank:slug" or "custom:id", the form pages use. */
    public String key() {
        return questionSlug != null ? "bank:" + questionSlug : "custom:" + customQuestionId;
    }

    public static ItemRef parse(String key) {
        if (key != null && key.startsWith("bank:")) {
            return bank(key.substring(5));
        }
        if (key != null && key.startsWith("custom:")) {
            try {
                return custom(Long.parseLong(key.substring(7)));
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("items", "unknown question");
            }
        }
        throw new InvalidParameterException("items", "unknown question");
    }
}
