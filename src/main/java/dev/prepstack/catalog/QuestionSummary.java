package dev.prepstack.catalog;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.time.LocalDate;

public record QuestionSummary(
        String slug, String title, String topic, Level level, Kind kind, String summary, LocalDate updatedAt) {}
