/**
 * Practice: sessions, FSRS-6 scheduling and its optimiser, interview plans, suggested ratings,
 * notes and bookmarks, and the progress dashboard. It reads the bank through the catalog's in-memory
 * snapshot and evaluates answers through the feedback module's one entry point.
 *
 * <p>Entry points: {@link dev.prepstack.practice.PracticeSessions} (the practice pages' use cases, for
 * accounts and guests alike), {@link dev.prepstack.practice.Practice} (sessions, reviews, due cards,
 * settings; its SQL in the package-private {@code PracticeStore}), {@link
 * dev.prepstack.practice.AnswerRatings} (feedback and suggested ratings, reviews with their answer),
 * {@link dev.prepstack.practice.ProgressReport}, {@link dev.prepstack.practice.InterviewPlans}, {@link
 * dev.prepstack.practice.MemoryModel}, {@link dev.prepstack.practice.Notebook} and {@link
 * dev.prepstack.practice.PracticeExports}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Practice",
        allowedDependencies = {"account", "catalog", "content", "feedback", "shared"})
package dev.prepstack.practice;
