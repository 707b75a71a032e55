package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;

/** A live question's identity and place in the bank, without its text. */
public record QuestionRef(long id, String slug, String title, String topic, Level level, Kind kind) {}
