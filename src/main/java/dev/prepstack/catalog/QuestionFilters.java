package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.shared.InvalidParameterException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Parses the filters that question listings and search share, naming the parameter on bad input. */
@Component
public class QuestionFilters {

    public static final int MAX_PAGE_SIZE = dev.prepstack.shared.Paging.MAX_PAGE_SIZE;

    private final Catalog catalog;

    QuestionFilters(Catalog catalog) {
        this.catalog = catalog;
    }

    public String topic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String slug = topic.strip();
        if (catalog.topics().stream().noneMatch(t -> t.slug().equals(slug))) {
            throw new InvalidParameterException("topic", "unknown topic; see /api/v1/topics for the list");
        }
        return slug;
    }

    public static Level level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        return Level.fromSlug(level)
                .orElseThrow(() ->
                        new InvalidParameterException("level", "must be one of fresher, intermediate, experienced"));
    }

    public static Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Kind.fromSlug(kind)
                .orElseThrow(() -> new InvalidParameterException(
                        "kind", "must be one of technical, scenario, behavioral, system-design"));
    }

    public static String tag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        if (tag.length() > 60) {
            throw new InvalidParameterException("tag", "must be at most 60 characters");
        }
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    /** See {@link dev.prepstack.shared.Paging#check}. */
    public static void paging(int page, int size) {
        dev.prepstack.shared.Paging.check(page, size);
    }
}
