package dev.prepstack.myquestions;

/** One question read from an import file, before it is checked; {@code note} says how it was read. */
record ImportedEntry(String origin, OwnQuestionDraft draft, String note) {}
