package dev.prepstack.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and validates one question file on its own; cross-file rules live in the loader. */
final class QuestionFileParser {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern DOCUMENT = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
    private static final Pattern HTTPS_URL = Pattern.compile("^https://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s<>\"]*)?$");
    private static final Pattern PLANTUML_BLOCK = Pattern.compile("^```plantuml\\s*$", Pattern.MULTILINE);
    private static final List<String> BEHAVIORAL_SECTIONS = List.of(
            "## What the interviewer is probing",
            "## Model answer (STAR)",
            "### Situation",
            "### Task",
            "### Action",
            "### Result",
            "## Pitfalls");
    private static final List<String> SYSTEM_DESIGN_SECTIONS = List.of(
            "## Requirements",
            "## Capacity estimates",
            "## API",
            "## Data model",
            "## High-level design",
            "## Deep dives",
            "## Bottlenecks and trade-offs",
            "## What a strong answer looks like");

    private final Set<String> topicSlugs;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    QuestionFileParser(Set<String> topicSlugs, MarkdownRenderer markdown, Clock clock) {
        this.topicSlugs = topicSlugs;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * Optional: up to 6 entries of {@code claim}, {@code correction} and {@code point} (the 1-based
     * position of the key point the claim gets wrong).
     */
    private static List<Misconception> misconceptions(FrontMatter fm, Object value, int keyPoints) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 6) {
            fm.problem("misconceptions", "must be a list of at most 6 entries");
            return List.of();
        }
        List<Misconception> out = new java.util.ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry)
                    || !Set.of("claim", "correction", "point").equals(entry.keySet())) {
                fm.problem("misconceptions", "each entry must have exactly claim, correction and point");
                continue;
            }
            String claim = String.valueOf(entry.get("claim")).strip();
            String correction = String.valueOf(entry.get("correction")).strip();
            if (claim.length() < 20 || claim.length() > 300 || correction.length() < 20 || correction.length() > 400) {
                fm.problem("misconceptions", "claims must be 20-300 characters and corrections 20-400");
                continue;
            }
            if (!(entry.get("point") instanceof Integer point) || point < 1 || point > keyPoints) {
                fm.problem("misconceptions", "point must be the position (1-" + keyPoints + ") of a key point");
                continue;
            }
            out.add(new Misconception(claim, correction, point - 1));
        }
        return List.copyOf(out);
    }

    /**
     * 1-3 follow-ups. Each is either plain text (the format before follow-ups carried answers) or a
     * mapping with {@code question} and either {@code see} (the slug of the bank question that
     * answers it) or {@code answer} (2-4 sentences) with 2-3 {@code key_points}.
     */
    static List<FollowUp> followUps(FrontMatter fm, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > 3) {
            fm.problem("follow_ups", value == null ? "is required (1-3 items)" : "must be a list of 1-3 items");
            return List.of();
        }
        List<FollowUp> out = new java.util.ArrayList<>();
        for (Object item : list) {
            if (item instanceof String text) {
                if (text.isBlank() || text.strip().length() > 300) {
                    fm.problem("follow_ups", "items must be 1-300 characters");
                } else {
                    out.add(FollowUp.questionOnly(text.strip()));
                }
                continue;
            }
            if (!(item instanceof Map<?, ?> entry)) {
                fm.problem("follow_ups", "each item must be text or a mapping with question and see or answer");
                continue;
            }
            followUp(fm, entry).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static Optional<FollowUp> followUp(FrontMatter fm, Map<?, ?> entry) {
        Set<?> keys = entry.keySet();
        boolean seeForm = Set.of("question", "see").equals(keys);
        boolean answerForm = Set.of("question", "answer", "key_points").equals(keys);
        if (!seeForm && !answerForm) {
            fm.problem("follow_ups", "each mapping has question and either see, or answer and key_points");
            return Optional.empty();
        }
        String question = text(entry.get("question"));
        if (question == null || question.length() < 10 || question.length() > 300) {
            fm.problem("follow_ups", "question must be 10-300 characters");
            return Optional.empty();
        }
        if (seeForm) {
            String see = text(entry.get("see"));
            if (see == null || !SLUG.matcher(see).matches()) {
                fm.problem("follow_ups", "see must be the slug of a bank question");
                return Optional.empty();
            }
            return Optional.of(new FollowUp(question, null, List.of(), see));
        }
        String answer = text(entry.get("answer"));
        if (answer == null || answer.length() < 40 || answer.length() > 800) {
            fm.problem("follow_ups", "answer must be 40-800 characters");
            return Optional.empty();
        }
        long sentences = SENTENCE_END.matcher(answer).results().count();
        if (sentences < 2 || sentences > 4) {
            fm.problem("follow_ups", "answer must be 2-4 sentences (has " + sentences + ")");
            return Optional.empty();
        }
        if (!(entry.get("key_points") instanceof List<?> points) || points.size() < 2 || points.size() > 3) {
            fm.problem("follow_ups", "key_points of a follow-up must be 2-3 items");
            return Optional.empty();
        }
        List<String> keyPoints = new java.util.ArrayList<>();
        for (Object point : points) {
            String p = text(point);
            if (p == null || p.length() < 10 || p.length() > 300) {
                fm.problem("follow_ups", "key_points of a follow-up must be 10-300 characters each");
                return Optional.empty();
            }
            keyPoints.add(p);
        }
        return Optional.of(new FollowUp(question, answer, keyPoints, null));
    }

    /** 0-3 sources, each {@code title} (3-200 characters) and an https {@code url}. */
    private static List<Source> sources(FrontMatter fm, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 3) {
            fm.problem("sources", "must be a list of at most 3 entries");
            return List.of();
        }
        List<Source> out = new java.util.ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry) || !Set.of("title", "url").equals(entry.keySet())) {
                fm.problem("sources", "each entry must have exactly title and url");
                continue;
            }
            String title = text(entry.get("title"));
            String url = text(entry.get("url"));
            if (title == null || title.length() < 3 || title.length() > 200) {
                fm.problem("sources", "title must be 3-200 characters");
            } else if (url == null
                    || url.length() > 500
                    || !HTTPS_URL.matcher(url).matches()) {
                fm.problem("sources", "url must be an https address of at most 500 characters");
            } else {
                out.add(new Source(title, url));
            }
        }
        return List.copyOf(out);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip().replaceAll("\\s+", " ") : null;
    }

    /** The slug a question file must have: its file name, known even when the file is broken. */
    static String slugOfPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    Optional<QuestionDocument> parse(ContentFile file, List<ContentProblem> problems) {
        int before = problems.size();
        String path = file.path();
        if (file.text() == null) {
            problems.add(
                    ContentProblem.error(path, "file", "is larger than " + ContentFiles.MAX_FILE_BYTES + " bytes"));
            return Optional.empty();
        }
        Matcher m = DOCUMENT.matcher(file.text().replace("\r\n", "\n"));
        if (!m.matches()) {
            problems.add(ContentProblem.error(path, "front matter", "must start and end with a line '---'"));
            return Optional.empty();
        }
        Object loaded;
        try {
            loaded = FrontMatter.yaml().load(m.group(1));
        } catch (RuntimeException e) {
            problems.add(ContentProblem.error(path, "front matter", "is not valid YAML: " + firstLine(e.getMessage())));
            return Optional.empty();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(ContentProblem.error(path, "front matter", "must be a YAML mapping"));
            return Optional.empty();
        }
        var fm = new FrontMatter(path, map, problems);
        String body = m.group(2).strip();

        String slug = fm.string("slug", true, 1, 80);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            fm.problem("slug", "must be lowercase words joined by '-'");
        }
        if (slug != null && !slug.equals(slugOfPath(path))) {
            fm.problem("slug", "must equal the file name (" + slugOfPath(path) + ")");
        }
        String title = fm.string("title", true, 10, 200);
        List<String> aliases = fm.strings("aliases", 0, 20, 300);
        Kind kind =
                fm.has("kind") ? Kind.fromSlug(String.valueOf(map.get("kind"))).orElse(null) : null;
        if (kind == null) {
            fm.problem("kind", "must be one of technical, scenario, behavioral, system-design");
        }
        Level level = fm.has("level")
                ? Level.fromSlug(String.valueOf(map.get("level"))).orElse(null)
                : null;
        if (level == null) {
            fm.problem("level", "must be one of fresher, intermediate, experienced");
        }
        String topic = fm.has("topic") ? fm.string("topic", false, 1, 80) : null;
        List<String> topics = fm.strings("topics", 0, 6, 80);
        String folder = folderOf(path);
        if (kind != null) {
            checkTopicAndFolder(fm, kind, topic, topics, folder);
            checkSections(fm, kind, body);
        }
        List<String> tags = fm.strings("tags", 1, 8, 40);
        LocalDate updated = fm.date("updated");
        if (updated != null && updated.isAfter(LocalDate.now(clock))) {
            fm.problem("updated", "is in the future");
        }
        String summary = fm.string("summary", true, 20, 400);
        if (summary != null && SENTENCE_END.matcher(summary).results().count() > 2) {
            fm.problem("summary", "must be 1-2 sentences");
        }
        List<String> keyPoints = fm.strings("key_points", 3, 8, 300);
        List<FollowUp> followUps = followUps(fm, map.get("follow_ups"));
        List<Source> sources = sources(fm, map.get("sources"));
        LocalDate verified = fm.has("verified") ? fm.date("verified") : null;
        if (verified != null && verified.isAfter(LocalDate.now(clock))) {
            fm.problem("verified", "is in the future");
        }
        List<Misconception> misconceptions = misconceptions(fm, map.get("misconceptions"), keyPoints.size());
        List<String> related = fm.strings("related", 0, 12, 80);
        List<String> previousSlugs = fm.strings("previous_slugs", 0, 20, 80);
        for (String p : previousSlugs) {
            if (!SLUG.matcher(p).matches() || p.equals(slug)) {
                fm.problem("previous_slugs", "'" + p + "' is not a valid former slug");
            }
        }
        int words = wordCount(body);
        int min = kind == Kind.SYSTEM_DESIGN ? 400 : 200;
        int max = maxWords(kind, level);
        if (words < min || words > max) {
            fm.problem("body", "must be %d-%d words (has %d)".formatted(min, max, words));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String html = markdown.toSafeHtml(body, slug, title);
        return Optional.of(new QuestionDocument(
                path,
                slug,
                title,
                aliases,
                kind,
                kind.belongsToTopic() ? topic : null,
                kind == Kind.SYSTEM_DESIGN ? topics : List.of(),
                level,
                tags,
                updated,
                summary,
                keyPoints,
                followUps,
                misconceptions,
                sources,
                verified,
                related,
                previousSlugs,
                body,
                html,
                words,
                // The rendered HTML is part of the hash so a renderer or sanitiser change re-syncs.
                sha256(file.text() + '\u0000' + html)));
    }

    private void checkTopicAndFolder(FrontMatter fm, Kind kind, String topic, List<String> topics, String folder) {
        switch (kind) {
            case TECHNICAL, SCENARIO -> {
                if (topic == null || !topicSlugs.contains(topic)) {
                    fm.problem("topic", "must be one of the topics in topics.yml");
                } else if (!topic.equals(folder)) {
                    fm.problem("topic", "file must be in questions/" + topic + "/");
                }
                if (!topics.isEmpty()) {
                    fm.problem("topics", "is only for system-design questions");
                }
            }
            case BEHAVIORAL -> {
                if (topic != null || !topics.isEmpty()) {
                    fm.problem("topic", "behavioral questions have no topic");
                }
                if (!"behavioral".equals(folder)) {
                    fm.problem("kind", "behavioral questions live in questions/behavioral/");
                }
            }
            case SYSTEM_DESIGN -> {
                if (topic != null) {
                    fm.problem("topic", "system-design questions list their topics in 'topics'");
                }
                if (topics.isEmpty() || !topicSlugs.containsAll(topics)) {
                    fm.problem("topics", "must list 1-6 topics from topics.yml");
                }
                if (!"system-design".equals(folder)) {
                    fm.problem("kind", "system-design questions live in questions/system-design/");
                }
            }
        }
    }

    private static void checkSections(FrontMatter fm, Kind kind, String body) {
        List<String> required = switch (kind) {
            case BEHAVIORAL -> BEHAVIORAL_SECTIONS;
            case SYSTEM_DESIGN -> SYSTEM_DESIGN_SECTIONS;
            default -> List.of();
        };
        for (String heading : required) {
            if (!body.contains(heading)) {
                fm.problem("body", "is missing the section '" + heading + "'");
            }
        }
        if (kind == Kind.SYSTEM_DESIGN && PLANTUML_BLOCK.matcher(body).results().count() != 1) {
            fm.problem("body", "needs exactly one ```plantuml diagram");
        }
    }

    /** Experienced answers may go deeper; system designs carry requirements, estimates and a diagram. */
    static int maxWords(Kind kind, Level level) {
        if (kind == Kind.SYSTEM_DESIGN) {
            return 1200;
        }
        return level == Level.EXPERIENCED ? 800 : 600;
    }

    static int wordCount(String body) {
        String trimmed = body.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String folderOf(String path) {
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
