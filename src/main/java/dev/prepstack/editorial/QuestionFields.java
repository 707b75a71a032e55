package dev.prepstack.editorial;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.prepstack.catalog.Question;
import dev.prepstack.content.FollowUp;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a question that readers and editors change: what a suggestion proposes and what a
 * revision publishes. Everything else in the question's file (slug, kind, topic, aliases, related)
 * carries over unchanged.
 *
 * <p>The fields after the answer came later: null there means "not given", and {@link #over} fills
 * them from the question as served, so a client that only sends the first four changes only those.
 *
 * @param followUps the follow-up questions with their answers (one given without an answer keeps the answer of
 *     the current follow-up with the same question)
 * @param commonMistakes wrong claims with their corrections and the key point (from 1) they get wrong
 * @param sources title and https address of each source
 * @param level fresher, intermediate or experienced
 */
public record QuestionFields(
        String title,
        String summary,
        List<String> keyPoints,
        String answerMarkdown,
        List<FollowUpField> followUps,
        List<Mistake> commonMistakes,
        List<SourceLink> sources,
        List<String> tags,
        String level) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_KEY_POINTS = 12;
    public static final int MAX_KEY_POINT = 300;
    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_FOLLOW_UPS = 6;
    public static final int MAX_MISTAKES = 6;
    public static final int MAX_SOURCES = 5;
    public static final int MAX_TAGS = 10;

    /** A common mistake: the wrong claim, what is true instead, and the key point (from 1) it gets wrong. */
    public record Mistake(String claim, String correction, int point) {
        public Mistake {
            claim = oneLine(claim);
            correction = oneLine(correction);
        }
    }

    /**
     * A follow-up as the bank holds it: the question and either its answer (2-4 sentences) with 2-3 key
     * points, or {@code see}, the slug of the bank question that answers it. Plain text reads as a
     * question alone (how clients and stored suggestions sent follow-ups before they carried answers).
     */
    public record FollowUpField(String question, String answer, List<String> keyPoints, String see) {
        public FollowUpField {
            question = oneLine(question);
            answer = answer == null || answer.isBlank() ? null : oneLine(answer);
            keyPoints = clean(keyPoints);
            see = see == null || see.isBlank() ? null : see.strip();
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static FollowUpField questionOnly(String question) {
            return new FollowUpField(question, null, List.of(), null);
        }

        static FollowUpField of(FollowUp f) {
            return new FollowUpField(f.question(), f.answer(), f.keyPoints(), f.see());
        }

        /** Nothing but the question: the current answer of that question carries over. */
        public boolean questionAlone() {
            return answer == null && keyPoints.isEmpty() && see == null;
        }

        /** The form's line: "question | answer | key point | key point", or "question | see: slug". */
        public String line() {
            if (see != null) {
                return question + " | see: " + see;
            }
            if (answer == null && keyPoints.isEmpty()) {
                return question;
            }
            var parts = new ArrayList<String>(List.of(question, answer == null ? "" : answer));
            parts.addAll(keyPoints);
            return String.join(" | ", parts);
        }
    }

    public record SourceLink(String title, String url) {
        public SourceLink {
            title = oneLine(title);
            url = url == null ? "" : url.strip();
        }
    }

    public QuestionFields {
        title = title == null ? "" : title.strip();
        summary = oneLine(summary);
        keyPoints = clean(keyPoints);
        answerMarkdown = answerMarkdown == null
                ? ""
                : answerMarkdown.replace("\r\n", "\n").strip();
        followUps = followUps == null
                ? null
                : followUps.stream().filter(f -> !f.question().isEmpty()).toList();
        commonMistakes = commonMistakes == null ? null : List.copyOf(commonMistakes);
        sources = sources == null ? null : List.copyOf(sources);
        tags = tags == null ? null : clean(tags);
        level = level == null || level.isBlank() ? null : level.strip();
    }

    /** The first four fields only; the others are not given. */
    public QuestionFields(String title, String summary, List<String> keyPoints, String answerMarkdown) {
        this(title, summary, keyPoints, answerMarkdown, null, null, null, null, null);
    }

    public static QuestionFields of(Question q) {
        return new QuestionFields(
                q.title(),
                q.summary(),
                q.keyPoints(),
                q.answerMarkdown(),
                q.followUps().stream().map(FollowUpField::of).toList(),
                q.misconceptions().stream()
                        .map(m -> new Mistake(m.claim(), m.correction(), m.keyPoint() + 1))
                        .toList(),
                q.sources().stream()
                        .map(s -> new SourceLink(s.title(), s.url()))
                        .toList(),
                q.tags(),
                q.level().slug());
    }

    /** These fields, with the ones not given taken from {@code current}. */
    public QuestionFields over(QuestionFields current) {
        return new QuestionFields(
                title,
                summary,
                keyPoints,
                answerMarkdown,
                followUps == null ? current.followUps() : followUps,
                commonMistakes == null ? current.commonMistakes() : commonMistakes,
                sources == null ? current.sources() : sources,
                tags == null ? current.tags() : tags,
                level == null ? current.level() : level);
    }

    /** Key points and tags from a text area: one per line. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    /** Tags from one line: comma-separated. */
    public static List<String> commaSeparated(String text) {
        return text == null ? null : List.of(text.split(","));
    }

    /** Common mistakes from a text area: one per line, "claim | correction | key point number". */
    public static List<Mistake> mistakes(String text) {
        if (text == null) {
            return null;
        }
        List<Mistake> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            int point;
            try {
                point = parts.length > 2 ? Integer.parseInt(parts[2].strip()) : 0;
            } catch (NumberFormatException e) {
                point = 0;
            }
            out.add(new Mistake(parts[0], parts.length > 1 ? parts[1] : "", point));
        }
        return out;
    }

    /** Follow-ups from a text area: one per line, "question | answer | key point | key point" or "question | see: slug". */
    public static List<FollowUpField> followUps(String text) {
        if (text == null) {
            return null;
        }
        List<FollowUpField> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String second = parts.length > 1 ? parts[1].strip() : "";
            if (second.startsWith("see:")) {
                out.add(new FollowUpField(parts[0], null, List.of(), second.substring(4)));
            } else {
                List<String> points = List.of(parts).subList(Math.min(2, parts.length), parts.length);
                out.add(new FollowUpField(parts[0], second, points, null));
            }
        }
        return out;
    }

    /** Sources from a text area: one per line, "title | https address". */
    public static List<SourceLink> sourceLinks(String text) {
        if (text == null) {
            return null;
        }
        List<SourceLink> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            out.add(
                    bar < 0
                            ? new SourceLink("", line)
                            : new SourceLink(line.substring(0, bar), line.substring(bar + 1)));
        }
        return out;
    }

    public String keyPointsText() {
        return String.join("\n", keyPoints);
    }

    public String followUpsText() {
        return followUps == null
                ? ""
                : String.join("\n", followUps.stream().map(FollowUpField::line).toList());
    }

    public String mistakesText() {
        return commonMistakes == null
                ? ""
                : String.join(
                        "\n",
                        commonMistakes.stream()
                                .map(m -> m.claim() + " | " + m.correction() + " | " + m.point())
                                .toList());
    }

    public String sourcesText() {
        return sources == null
                ? ""
                : String.join(
                        "\n",
                        sources.stream().map(s -> s.title() + " | " + s.url()).toList());
    }

    public String tagsText() {
        return tags == null ? "" : String.join(", ", tags);
    }

    private static List<String> clean(List<String> items) {
        return items == null
                ? List.of()
                : items.stream()
                        .map(QuestionFields::oneLine)
                        .filter(k -> !k.isEmpty())
                        .toList();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
