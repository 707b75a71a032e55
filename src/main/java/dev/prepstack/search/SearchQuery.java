package dev.prepstack.search;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import dev.prepstack.shared.UserText;

/** A search: free text plus optional filters; page counts from 0. */
public record SearchQuery(String text, String topic, Level level, Kind kind, int page, int size, SearchMode mode) {

    public static final int MAX_TEXT_LENGTH = 500;

    public SearchQuery {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is longer than " + MAX_TEXT_LENGTH);
        }
        // Invisible characters (zero-width spaces, bidi controls, NUL) are not a query: text without a
        // letter or digit searches for nothing instead of reaching the analyzer and the model.
        text = UserText.clean(text);
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be >= 0 and size 1-100");
        }
        mode = mode == null ? SearchMode.HYBRID : mode;
    }

    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, null, null, null, 0, size, SearchMode.HYBRID);
    }
}
