package dev.prepstack.myquestions;

import java.util.List;

/** A file read by one of the import formats: its questions, notes on the file and its problems. */
record ParsedFile(String format, List<ImportedEntry> entries, List<String> notes, List<String> problems) {}
