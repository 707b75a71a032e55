package dev.prepstack.hiring;

import java.time.Instant;
import java.util.List;

/** An organisation's own question with its own key points (what a good answer covers). */
public record CustomQuestion(
        long id,
        String title,
        List<String> keyPoints,
        List<String> followUps,
        String referenceAnswer,
        Instant updatedAt) {}
