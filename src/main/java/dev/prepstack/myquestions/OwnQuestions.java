package dev.prepstack.myquestions;

import dev.prepstack.content.MarkdownRenderer;
import dev.prepstack.shared.InvalidParameterException;
import dev.prepstack.shared.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing and reading a person's own questions; only their author ever sees them. */
@Service
@Transactional
public class OwnQuestions {

    public static final int MAX_PER_ACCOUNT = 2_000;
    public static final int MAX_PAGE_SIZE = 100;

    private final OwnQuestionStore store;
    private final Validator validator;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    OwnQuestions(OwnQuestionStore store, Validator validator, MarkdownRenderer markdown, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.markdown = markdown;
        this.clock = clock;
    }

    public OwnQuestion create(long accountId, OwnQuestionDraft draft) {
        OwnQuestionDraft d = checked(draft);
        if (store.count(accountId) >= MAX_PER_ACCOUNT) {
            throw new InvalidParameterException("title", "you already have " + MAX_PER_ACCOUNT + " own questions");
        }
        String fingerprint = fingerprint(d.title());
        if (store.hasFingerprint(accountId, fingerprint, -1)) {
            throw new InvalidParameterException("title", "you already have a question with this title");
        }
        return store.find(accountId, store.insert(accountId, d, fingerprint, null, clock.instant()))
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public OwnQuestion find(long accountId, long id) {
        return store.find(accountId, id).orElseThrow(() -> new NotFoundException("No question " + id));
    }

    /** A page of the person's questions, newest first, optionally only those with a tag. */
    @Transactional(readOnly = true)
    public List<OwnQuestion> list(long accountId, String tag, int page, int size) {
        if (page < 0 || page > 10_000) {
            throw new InvalidParameterException("page", "must be between 0 and 10000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (tag != null && (tag.isBlank() || tag.length() > 40)) {
            throw new InvalidParameterException("tag", "must be 1 to 40 characters");
        }
        return store.page(accountId, tag == null ? null : tag.strip().toLowerCase(Locale.ROOT), page, size);
    }

    @Transactional(readOnly = true)
    public int count(long accountId) {
        return store.count(accountId);
    }

    public OwnQuestion update(long accountId, long id, OwnQuestionDraft draft) {
        find(accountId, id);
        OwnQuestionDraft d = checked(draft);
        String fingerprint = fingerprint(d.title());
        if (store.hasFingerprint(accountId, fingerprint, id)) {
            throw new InvalidParameterException("title", "you already have a question with this title");
        }
        store.update(accountId, id, d, fingerprint, clock.instant());
        return find(accountId, id);
    }

    public void delete(long accountId, long id) {
        if (!store.delete(accountId, id)) {
            throw new NotFoundException("No question " + id);
        }
    }

    /** The answer as the pages show it: the bank's Markdown renderer and sanitiser. */
    public String answerHtml(String markdownText) {
        if (markdownText != null && markdownText.length() > OwnQuestionDraft.MAX_ANSWER) {
            throw new InvalidParameterException("answer", "must be at most 20,000 characters");
        }
        return markdown.toSafeHtml(markdownText);
    }

    /** The draft normalised and checked; the first problem (in field order) is reported. */
    OwnQuestionDraft checked(OwnQuestionDraft draft) {
        if (draft == null) {
            throw new InvalidParameterException("title", "is required");
        }
        OwnQuestionDraft d = draft.normalised();
        List<ConstraintViolation<OwnQuestionDraft>> violations = validator.validate(d).stream()
                .sorted(Comparator.comparingInt(OwnQuestions::fieldOrder))
                .toList();
        if (!violations.isEmpty()) {
            var first = violations.getFirst();
            throw new InvalidParameterException(field(first), first.getMessage());
        }
        return d;
    }

    private static final List<String> FIELDS = List.of("title", "answer", "keyPoints", "followUps", "tags", "level");

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int cut = path.indexOf('[');
        return cut < 0 ? path : path.substring(0, cut);
    }

    private static int fieldOrder(ConstraintViolation<?> v) {
        int i = FIELDS.indexOf(field(v));
        return i < 0 ? FIELDS.size() : i;
    }

    /** One question per title and person: case, spacing and closing punctuation do not make another. */
    static String fingerprint(String title) {
        String normal = title.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Z}]+", " ")
                .replaceAll("[\\s?.!:]+$", "")
                .strip();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
