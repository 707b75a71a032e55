/**
 * Search over the bank: {@link dev.prepstack.search.QuestionSearch} (keyword, semantic and hybrid,
 * with facets and snippets) over a {@link dev.prepstack.search.SearchIndex} rebuilt when the catalog
 * announces a new bank.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"catalog", "content", "embedding", "shared"})
package dev.prepstack.search;
