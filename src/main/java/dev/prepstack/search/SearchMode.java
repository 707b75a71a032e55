package dev.prepstack.search;

/** How results are retrieved: both methods fused (the default), or one alone for evaluation. */
public enum SearchMode {
    HYBRID,
    LEXICAL,
    SEMANTIC
}
