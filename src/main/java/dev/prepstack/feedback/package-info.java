/**
 * Answer feedback: {@link dev.prepstack.feedback.AnswerFeedback} evaluates an answer against a
 * question's key points (or a given rubric) and keeps account holders' results; {@link
 * dev.prepstack.feedback.LlmCoach} is the optional LLM coach, always called outside transactions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Feedback",
        allowedDependencies = {"account", "catalog", "content", "embedding", "shared"})
package dev.prepstack.feedback;
