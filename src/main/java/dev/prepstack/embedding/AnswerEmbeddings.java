package dev.prepstack.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Sentence embeddings for judging answers against key points: BGE-small-en-v1.5 (quantised, 384
 * dimensions), in-process like search's model. It is a second model because it tells a sentence that
 * makes a key point from one that only talks about the same topic better than all-MiniLM-L6-v2 does
 * (cross-validated on the tune half of the blind evaluation set: key-point F1 0.81 vs 0.79), at about
 * twice the cost per sentence, which answers can afford and a search over the whole bank would not
 * need. User text only: nothing it embeds reaches the disk.
 */
@Service
public class AnswerEmbeddings {

    static final String MODEL_ID = "bge-small-en-v1.5-q";

    private final Embeddings model;

    AnswerEmbeddings(EmbeddingProperties properties, @Value("${prepstack.data-dir}") String dataDir) {
        // No EmbeddingModelReady: that event tells search its vectors can be built, and they come from the other model.
        this.model =
                new Embeddings(properties, event -> {}, dataDir, MODEL_ID, BgeSmallEnV15QuantizedEmbeddingModel::new);
    }

    /** For plain tests and tools (no Spring context). */
    public static AnswerEmbeddings loading(String dataDir) {
        var embeddings = new AnswerEmbeddings(new EmbeddingProperties(true), dataDir);
        embeddings.loadInBackground();
        return embeddings;
    }

    @EventListener(ApplicationStartedEvent.class)
    void loadInBackground() {
        model.loadInBackground();
    }

    public boolean isReady() {
        return model.isReady();
    }

    /** Waits for the model (tests and tools); false if it is not ready in time or failed. */
    public boolean awaitReady(Duration timeout) {
        return model.awaitReady(timeout);
    }

    /** Unit-length embeddings, kept in a small in-memory cache only; empty while the model is not ready. */
    public Optional<List<float[]>> embedAll(List<String> texts) {
        return model.embedAllTransient(texts);
    }
}
