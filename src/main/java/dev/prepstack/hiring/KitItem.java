package dev.prepstack.hiring;

import java.util.List;

/** One question of a kit version, as it was when the version was written. */
public record KitItem(
        int position,
        String questionSlug,
        Long customQuestionId,
        String title,
        List<String> keyPoints,
        List<String> followUps,
        String referenceAnswer) {

    public boolean fromBank() {
        return questionSlug != null;
    }

    /** "bank:slug" or "custom:id"; null for a custom question deleted since. */
    public String key() {
        return questionSlug != null
                ? "bank:" + questionSlug
                : customQuestionId == null ? null : "custom:" + customQuestionId;
    }
}
