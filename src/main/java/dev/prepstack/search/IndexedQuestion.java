package dev.prepstack.search;

import dev.prepstack.content.Kind;
import dev.prepstack.content.Level;
import java.util.List;

/** What the index knows of a question. */
record IndexedQuestion(
        String slug,
        String title,
        List<String> aliases,
        String topic,
        Level level,
        Kind kind,
        String summary,
        List<String> keyPoints,
        String answer) {

    /** The text whose embedding stands for the question: what it asks and its short answer. */
    String embeddingText() {
        return title + "\n" + String.join("\n", aliases) + "\n" + summary;
    }
}
