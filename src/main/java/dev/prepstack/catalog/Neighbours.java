package dev.prepstack.catalog;

/** The questions before and after one in its topic's reading order; either may be null. */
public record Neighbours(QuestionSummary previous, QuestionSummary next) {}
