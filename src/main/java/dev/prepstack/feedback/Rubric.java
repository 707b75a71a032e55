package dev.prepstack.feedback;

import java.util.List;

/**
 * What an answer is measured against: a bank question, or a question, key points and reference
 * answer someone typed in. {@code behavioral} turns on the STAR check.
 */
public record Rubric(String question, List<String> keyPoints, String referenceAnswer, boolean behavioral) {}
