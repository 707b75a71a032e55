package dev.prepstack.editorial;

import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.QuestionEditions;
import dev.prepstack.shared.InvalidParameterException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where a new question goes: its topic must be one of the bank's, and its slug is permanent, so it
 * is one no question has ever had (the catalog's slug history included).
 */
@Component
class NewQuestions {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_SLUG = 80;

    private final QuestionEditions editions;
    private final Catalog catalog;

    NewQuestions(QuestionEditions editions, Catalog catalog) {
        this.editions = editions;
        this.catalog = catalog;
    }

    String topic(String topic) {
        if (topic == null || topic.length() > 80 || catalog.topic(topic).isEmpty()) {
            throw new InvalidParameterException("topic", "must be one of the bank's topics");
        }
        return topic;
    }

    /** The editor's slug when given (it must be free), else one made from the title. */
    String slug(String requested, String title) {
        if (requested != null && !requested.isBlank()) {
            String slug = requested.strip();
            if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
                throw new InvalidParameterException("slug", "must be lowercase words joined by '-' (at most 80)");
            }
            if (editions.slugTaken(slug)) {
                throw new InvalidParameterException("slug", "is or was the slug of another question");
            }
            return slug;
        }
        String base = fromTitle(title);
        String slug = base;
        for (int n = 2; editions.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            int cut = ascii.lastIndexOf('-', 60);
            ascii = ascii.substring(0, cut > 20 ? cut : 60).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "question" : ascii;
    }
}
