package dev.prepstack.myquestions;

import dev.prepstack.shared.UserText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An own question as written, before it is checked (messages in messages.properties). Lists are
 * stripped of blank entries and text of surrounding space by {@link #normalised()}.
 */
public record OwnQuestionDraft(
        @NotBlank(message = "{myquestions.title.required}") @Size(max = MAX_TITLE, message = "{myquestions.title.size}")
        String title,

        @NotNull(message = "{myquestions.answer.required}")
        @Size(max = MAX_ANSWER, message = "{myquestions.answer.size}")
        String answer,

        @NotEmpty(message = "{myquestions.keyPoints.size}")
        @Size(max = MAX_KEY_POINTS, message = "{myquestions.keyPoints.size}")
        List<
                        @NotBlank(message = "{myquestions.keyPoints.size}")
                        @Size(max = MAX_POINT, message = "{myquestions.point.size}") String>
                keyPoints,

        @Size(max = MAX_FOLLOW_UPS, message = "{myquestions.followUps.size}")
        List<@Size(max = MAX_POINT, message = "{myquestions.point.size}") String> followUps,

        @Size(max = MAX_TAGS, message = "{myquestions.tags.size}")
        List<
                        @Pattern(
                                regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._+#-]{0,39}",
                                message = "{myquestions.tag.pattern}")
                        String>
                tags,

        @Pattern(regexp = "fresher|intermediate|experienced", message = "{myquestions.level.pattern}")
        String level) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_KEY_POINTS = 8;
    public static final int MAX_FOLLOW_UPS = 5;
    public static final int MAX_POINT = 500;
    public static final int MAX_TAGS = 8;

    /**
     * Trimmed text; title and list entries without invisible characters (shared {@link UserText}: a
     * title of zero-width spaces only is no title); the answer keeps its line breaks as typed, less NUL,
     * which PostgreSQL refuses in text; blank list entries dropped, an empty level as none.
     */
    public OwnQuestionDraft normalised() {
        return new OwnQuestionDraft(
                title == null ? null : UserText.clean(title).replaceAll("\\s+", " "),
                answer == null ? null : answer.replace("\0", "").strip(),
                kept(keyPoints),
                kept(followUps),
                kept(tags).stream()
                        .map(t -> t.toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .toList(),
                level == null || level.isBlank() ? null : level.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> kept(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(UserText::clean).filter(v -> !v.isEmpty()).toList();
    }

    /** One entry per non-blank line, as typed into a text area. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    /** Tags as typed into one field: separated by commas. */
    public static List<String> commaSeparated(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }
}
