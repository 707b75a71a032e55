package dev.prepstack.content;

/**
 * A wrong claim candidates often make about a question, with its correction and the key point it
 * gets wrong. The answer checker uses the claim to tell a confident wrong statement from the key
 * point it resembles; pages show the pair as a common mistake.
 *
 * @param claim the wrong statement, as a candidate would say it
 * @param correction what is true instead
 * @param keyPoint the position (from 0) of the key point the claim gets wrong
 */
public record Misconception(String claim, String correction, int keyPoint) {}
