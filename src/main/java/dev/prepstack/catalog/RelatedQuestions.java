package dev.prepstack.catalog;

import java.util.List;

/**
 * Port through which the catalog asks for questions related to one whose content names too few.
 * Implemented outside the catalog (by search), so the catalog does not depend on it.
 */
public interface RelatedQuestions {

    /** Slugs of live questions most related to the given one, best first, excluding it. */
    List<String> relatedTo(String slug, int limit);
}
