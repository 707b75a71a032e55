package dev.prepstack.content;

public record TopicDocument(String slug, String name, String description) {}
