/**
 * Practice: sessions, FSRS-6 scheduling and its optimiser, interview plans, suggested ratings,
 * notes and bookmarks, and the progress dashboard. It reads the bank through the catalog's in-memory
 * snapshot and evaluates answers through the feedback module's one entry point.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Practice",
        allowedDependencies = {"account", "catalog", "content", "feedback", "shared"})
package dev.prepstack.practice;
