/**
 * Editorial review: readers suggest changes to questions, editors review them side by side and
 * accept them as revisions that the catalog serves at once on every node. {@link
 * dev.prepstack.editorial.Editorial} is the application API; {@link dev.prepstack.editorial.Suggestion}
 * holds the state transitions. The bank's format and validator come from content, publishing goes
 * through the catalog's {@link dev.prepstack.catalog.QuestionEditions}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Editorial review",
        allowedDependencies = {"account", "catalog", "content", "practice", "shared"})
package dev.prepstack.editorial;
