package dev.prepstack.practice;

/** Where a card is in FSRS: being learnt, graduated to spaced reviews, or relearnt after a lapse. */
public enum CardState {
    LEARNING,
    REVIEW,
    RELEARNING
}
