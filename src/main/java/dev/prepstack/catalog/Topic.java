package dev.prepstack.catalog;

public record Topic(String slug, String name, String description, QuestionCounts questionCounts) {}
