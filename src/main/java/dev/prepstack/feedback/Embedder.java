package dev.prepstack.feedback;

import java.util.List;
import java.util.Optional;

/** Sentence embeddings for the evaluator (unit vectors); empty while no model is ready. */
public interface Embedder {

    Optional<List<float[]>> embedAll(List<String> texts);
}
