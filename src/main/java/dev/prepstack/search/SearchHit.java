package dev.prepstack.search;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;

/** One result; {@code snippetHtml} is escaped text with matches wrapped in {@code <mark>}. */
public record SearchHit(
        String slug, String title, String topic, Level level, Kind kind, String snippetHtml, double score) {}
