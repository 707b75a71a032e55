package dev.prepstack.catalog;

/** A tip or an FAQ entry; {@code bodyHtml} is sanitised. */
public record EditorialItem(String title, String bodyHtml) {}
