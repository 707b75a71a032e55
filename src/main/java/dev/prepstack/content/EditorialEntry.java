package dev.prepstack.content;

/** A tip or an FAQ entry: a short title and a body rendered from Markdown. */
public record EditorialEntry(String title, String bodyHtml) {}
