package dev.prepstack.feedback;

/** What the LLM coach adds to the built-in feedback: a narrative and one follow-up question. */
public record Coaching(String narrative, String followUpQuestion) {}
