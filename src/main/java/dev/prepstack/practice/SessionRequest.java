package dev.prepstack.practice;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.util.List;

/** What to practise; empty filters mean everything. {@code role} and {@code pathStep} add their topics. */
public record SessionRequest(
        List<String> topics,
        List<Level> levels,
        List<Kind> kinds,
        String role,
        String pathStep,
        int size,
        PracticeMode mode) {}
