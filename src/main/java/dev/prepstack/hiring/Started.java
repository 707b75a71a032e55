package dev.prepstack.hiring;

/** The scorecard an interviewer works on; {@code created} is false when it already existed. */
public record Started(Scorecard scorecard, boolean created) {}
