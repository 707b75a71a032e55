/**
 * Mock interviews. {@link dev.prepstack.interview.MockInterviews} is the application API, one
 * method per use case (start, save an answer, advance, reveal follow-ups, finish, report, share);
 * {@link dev.prepstack.interview.MockInterview} holds the state transitions. It reads the bank
 * through the catalog's API, evaluates through feedback's, and puts weak questions into practice.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mock interviews",
        allowedDependencies = {"account", "catalog", "content", "feedback", "practice", "shared"})
package dev.prepstack.interview;
