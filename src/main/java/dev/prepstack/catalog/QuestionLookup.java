package dev.prepstack.catalog;

/** What a slug leads to: a live question, a renamed one, a retired one, or nothing. */
public sealed interface QuestionLookup {

    record Found(Question question) implements QuestionLookup {}

    record Moved(String currentSlug) implements QuestionLookup {}

    record Retired(Question question) implements QuestionLookup {}

    record Missing(String slug) implements QuestionLookup {}
}
