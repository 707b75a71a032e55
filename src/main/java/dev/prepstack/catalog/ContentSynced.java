package dev.prepstack.catalog;

import java.time.Instant;

/** Published after the bank was synced into the database, so indexes built from it can refresh. */
public record ContentSynced(int liveQuestions, int added, int updated, int retired, int problems, Instant at) {}
