package dev.prepstack.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Reads and validates the whole content folder. It never throws for bad content: problems are
 * collected with file, field and message so that one broken file cannot take the site down.
 */
@Service
public class ContentLoader {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private static final Pattern JAR_NAME = Pattern.compile("([^/!]+\\.jar)(?:!/)?$");

    private final ContentProperties properties;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    /** The configured bank as last loaded, for editors who edit on top of the shipped files. */
    private volatile ContentBank lastLoaded;

    /** For tools and tests that read the bank without the application (and its clock). */
    public ContentLoader(ContentProperties properties, MarkdownRenderer markdown) {
        this(properties, markdown, Clock.systemUTC());
    }

    @Autowired
    ContentLoader(ContentProperties properties, MarkdownRenderer markdown, Clock clock) {
        this.properties = properties;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** Loads the configured source: the operator's folder if set, else the bank inside the jar. */
    public ContentBank load() {
        String dir = properties.contentDir();
        if (dir != null && !dir.isBlank()) {
            log.info("Loading content from folder {}", Path.of(dir).toAbsolutePath());
            lastLoaded = load(ContentFiles.fromDirectory(Path.of(dir)));
        } else {
            lastLoaded = load(ContentFiles.fromClasspath());
        }
        return lastLoaded;
    }

    /**
     * What decides the result of {@link #load()}, as a SHA-256: every content file's path and text, the
     * day (the parser refuses dates in the future) and the code that parses (this package's classes and
     * the Markdown, HTML-sanitising, YAML and diagram libraries' jars). Equal fingerprints parse to the
     * same bank, so a start-up may skip the parse (issue 20). Reading the files costs milliseconds;
     * parsing them, seconds.
     */
    public String fingerprint() {
        String dir = properties.contentDir();
        List<ContentFile> files =
                dir != null && !dir.isBlank() ? ContentFiles.fromDirectory(Path.of(dir)) : ContentFiles.fromClasspath();
        MessageDigest digest = sha256();
        digest.update(Code.IDENTITY);
        digest.update(LocalDate.now(clock).toString().getBytes(StandardCharsets.UTF_8));
        for (ContentFile file : files) {
            digest.update((file.path() + '\u0000' + file.text() + '\u0000').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Computed once, on first use. */
    private static final class Code {
        static final byte[] IDENTITY = codeIdentity();
    }

    /** The parsing code, the same whether run from a fat jar, an extracted one or a classes folder. */
    private static byte[] codeIdentity() {
        MessageDigest digest = sha256();
        try {
            var classes = new PathMatchingResourcePatternResolver(ContentLoader.class.getClassLoader())
                    .getResources("classpath*:dev/prepstack/content/*.class");
            Arrays.sort(classes, Comparator.comparing(Resource::getDescription));
            for (Resource r : classes) {
                digest.update(r.getContentAsByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<?> library : List.of(
                org.commonmark.parser.Parser.class,
                org.commonmark.ext.gfm.tables.TablesExtension.class,
                org.owasp.html.PolicyFactory.class,
                org.yaml.snakeyaml.Yaml.class,
                net.sourceforge.plantuml.SourceStringReader.class)) {
            var source = library.getProtectionDomain().getCodeSource();
            String where =
                    source == null ? library.getName() : source.getLocation().toString();
            // The jar's own name carries its version: "…/BOOT-INF/lib/commonmark-0.24.0.jar!/" or "lib/…".
            Matcher jar = JAR_NAME.matcher(where);
            String name = jar.find() ? jar.group(1) : where;
            digest.update(name.getBytes(StandardCharsets.UTF_8));
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The configured bank as the last {@link #load()} read it (loaded now if it never was). */
    public ContentBank lastLoaded() {
        ContentBank bank = lastLoaded;
        return bank != null ? bank : load();
    }

    /** Loads a specific folder; used by tools and tests that validate a bank on disk. */
    public ContentBank load(Path folder) {
        return load(ContentFiles.fromDirectory(folder));
    }

    ContentBank load(List<ContentFile> files) {
        long started = System.nanoTime();
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, ContentFile> byPath =
                files.stream().collect(Collectors.toMap(ContentFile::path, Function.identity()));
        var editorial = new EditorialParser(markdown);

        Optional<List<TopicDocument>> topics = editorial.topics(required(byPath, "topics.yml", problems), problems);
        checkUnique(topics.orElse(List.of()), TopicDocument::slug, "topics.yml", problems);
        Set<String> topicSlugs = topics.map(
                        t -> t.stream().map(TopicDocument::slug).collect(Collectors.toSet()))
                .orElse(Set.of());
        Optional<List<RoleDocument>> roles = editorial.roles(required(byPath, "roles.yml", problems), problems);
        Optional<List<PathStepDocument>> path =
                editorial.learningPath(required(byPath, "learning-path.yml", problems), problems);
        Optional<List<EditorialEntry>> tips =
                editorial.entries(required(byPath, "tips.yml", problems), problems, "title", "body");
        Optional<List<EditorialEntry>> faq =
                editorial.entries(required(byPath, "faq.yml", problems), problems, "question", "answer");
        roles.ifPresent(rs -> rs.forEach(r -> checkTopics("roles.yml", r.slug(), r.topics(), topicSlugs, problems)));
        path.ifPresent(
                ps -> ps.forEach(p -> checkTopics("learning-path.yml", p.slug(), p.topics(), topicSlugs, problems)));
        Set<String> invalidSections = new HashSet<>();
        if (topics.isEmpty()) {
            invalidSections.add(ContentBank.TOPICS);
        }
        if (roles.isEmpty() || hasErrors(problems, "roles.yml")) {
            invalidSections.add(ContentBank.ROLES);
        }
        if (path.isEmpty() || hasErrors(problems, "learning-path.yml")) {
            invalidSections.add(ContentBank.LEARNING_PATH);
        }
        if (tips.isEmpty()) {
            invalidSections.add(ContentBank.TIPS);
        }
        if (faq.isEmpty()) {
            invalidSections.add(ContentBank.FAQ);
        }

        var parser = new QuestionFileParser(topicSlugs, markdown, clock);
        List<QuestionDocument> questions = new ArrayList<>();
        Set<String> invalid = new HashSet<>();
        for (ContentFile file : files) {
            if (!file.path().startsWith("questions/") || !file.path().endsWith(".md")) {
                continue;
            }
            parser.parse(file, problems)
                    .ifPresentOrElse(questions::add, () -> invalid.add(QuestionFileParser.slugOfPath(file.path())));
        }
        questions = rejectDuplicateSlugs(questions, invalid, problems);
        questions = resolveRelated(questions, problems);
        questions = resolveFollowUps(questions, problems);

        var bank = new ContentBank(
                topics.orElse(List.of()),
                roles.orElse(List.of()),
                path.orElse(List.of()),
                tips.orElse(List.of()),
                faq.orElse(List.of()),
                List.copyOf(questions),
                Set.copyOf(invalid),
                Set.copyOf(invalidSections),
                List.copyOf(problems));
        problems.forEach(p -> log.warn("Content problem: {}", p));
        log.info(
                "Content loaded: {} questions, {} topics, {} problem(s) in {} ms",
                questions.size(),
                bank.topics().size(),
                problems.size(),
                (System.nanoTime() - started) / 1_000_000);
        return bank;
    }

    private static boolean hasErrors(List<ContentProblem> problems, String file) {
        return problems.stream().anyMatch(p -> p.file().startsWith(file));
    }

    private static ContentFile required(Map<String, ContentFile> byPath, String name, List<ContentProblem> problems) {
        ContentFile file = byPath.get(name);
        if (file == null) {
            problems.add(ContentProblem.error(name, "file", "is missing"));
        }
        return file;
    }

    private static void checkTopics(
            String file, String owner, List<String> topics, Set<String> known, List<ContentProblem> problems) {
        for (String t : topics) {
            if (!known.contains(t)) {
                problems.add(ContentProblem.error(file, owner + ".topics", "unknown topic '" + t + "'"));
            }
        }
    }

    private static <T> void checkUnique(
            List<T> items, Function<T, String> key, String file, List<ContentProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                problems.add(ContentProblem.error(file, "slug", "'" + key.apply(item) + "' appears twice"));
            }
        }
    }

    /** A slug (or former slug) claimed by two files makes both ambiguous: neither is synced. */
    private static List<QuestionDocument> rejectDuplicateSlugs(
            List<QuestionDocument> questions, Set<String> invalid, List<ContentProblem> problems) {
        Map<String, List<QuestionDocument>> claims = new HashMap<>();
        for (QuestionDocument q : questions) {
            claims.computeIfAbsent(q.slug(), k -> new ArrayList<>()).add(q);
            q.previousSlugs()
                    .forEach(p ->
                            claims.computeIfAbsent(p, k -> new ArrayList<>()).add(q));
        }
        Set<QuestionDocument> rejected = new LinkedHashSet<>();
        claims.forEach((slug, owners) -> {
            if (owners.size() > 1) {
                for (QuestionDocument q : owners) {
                    problems.add(ContentProblem.error(
                            q.sourcePath(), "slug", "'" + slug + "' is claimed by " + owners.size() + " files"));
                    rejected.add(q);
                }
            }
        });
        rejected.forEach(q -> invalid.add(q.slug()));
        return questions.stream().filter(q -> !rejected.contains(q)).toList();
    }

    /** A follow-up that points to a question the bank lacks keeps its text and loses the link. */
    private static List<QuestionDocument> resolveFollowUps(
            List<QuestionDocument> questions, List<ContentProblem> problems) {
        Set<String> slugs = questions.stream().map(QuestionDocument::slug).collect(Collectors.toSet());
        List<QuestionDocument> out = new ArrayList<>(questions.size());
        for (QuestionDocument q : questions) {
            boolean changed = false;
            List<FollowUp> kept = new ArrayList<>();
            for (FollowUp f : q.followUps()) {
                if (f.see() != null && (f.see().equals(q.slug()) || !slugs.contains(f.see()))) {
                    problems.add(ContentProblem.warning(
                            q.sourcePath(),
                            "follow_ups",
                            "see: '" + f.see() + "' is not another question of the bank"));
                    kept.add(f.withoutSee());
                    changed = true;
                } else {
                    kept.add(f);
                }
            }
            out.add(changed ? q.withFollowUps(List.copyOf(kept)) : q);
        }
        return out;
    }

    private static List<QuestionDocument> resolveRelated(
            List<QuestionDocument> questions, List<ContentProblem> problems) {
        Set<String> slugs = questions.stream().map(QuestionDocument::slug).collect(Collectors.toSet());
        List<QuestionDocument> out = new ArrayList<>(questions.size());
        for (QuestionDocument q : questions) {
            List<String> kept = new ArrayList<>();
            for (String r : q.related()) {
                if (r.equals(q.slug()) || !slugs.contains(r)) {
                    problems.add(ContentProblem.warning(
                            q.sourcePath(), "related", "'" + r + "' is not a question of the bank"));
                } else if (!kept.contains(r)) {
                    kept.add(r);
                }
            }
            out.add(kept.size() == q.related().size() ? q : q.withRelated(List.copyOf(kept)));
        }
        return out;
    }
}
