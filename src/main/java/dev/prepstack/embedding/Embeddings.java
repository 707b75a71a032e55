package dev.prepstack.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Sentence embeddings from an in-process model (all-MiniLM-L6-v2, quantised, 384 dimensions; search
 * uses it): no network at run time. The model loads once, in the background after start-up; until it is ready
 * callers get nothing and fall back to lexical methods.
 */
@Service
public class Embeddings {

    public static final int DIMENSION = 384;
    static final String MODEL_ID = "all-minilm-l6-v2-q";

    private static final Logger log = LoggerFactory.getLogger(Embeddings.class);

    private final String modelId;
    private final Supplier<EmbeddingModel> modelFactory;
    private final EmbeddingProperties properties;
    private final ApplicationEventPublisher events;
    private final EmbeddingCache cache;
    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private final java.util.Map<String, float[]> transientCache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
            return size() > 2_000;
        }
    };

    @Autowired
    Embeddings(
            EmbeddingProperties properties,
            ApplicationEventPublisher events,
            @Value("${prepstack.data-dir}") String dataDir) {
        this(properties, events, dataDir, MODEL_ID, AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    /** Another in-process model of the same dimension (see {@link AnswerEmbeddings}). */
    Embeddings(
            EmbeddingProperties properties,
            ApplicationEventPublisher events,
            String dataDir,
            String modelId,
            Supplier<EmbeddingModel> modelFactory) {
        this.modelId = modelId;
        this.modelFactory = modelFactory;
        this.properties = properties;
        this.events = events;
        this.cache = new EmbeddingCache(Path.of(dataDir, "embeddings", modelId + ".bin"), modelId, DIMENSION);
    }

    @EventListener(ApplicationStartedEvent.class)
    void loadInBackground() {
        if (!properties.enabled()) {
            log.info("Embedding model disabled (prepstack.embedding.enabled=false)");
            return;
        }
        Thread.ofVirtual().name("embedding-model-loader").start(this::load);
    }

    private void load() {
        long started = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        try {
            EmbeddingModel loaded = modelFactory.get();
            loaded.embed("warm up");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long usedAfter = rt.totalMemory() - rt.freeMemory();
            log.info(
                    "Embedding model {} ready in {} ms (heap +{} MB; the ONNX runtime also uses native memory)",
                    modelId,
                    took.toMillis(),
                    Math.max(0, (usedAfter - usedBefore) / (1024 * 1024)));
            model.complete(loaded);
            events.publishEvent(new EmbeddingModelReady(took));
        } catch (RuntimeException | LinkageError e) {
            log.error("Embedding model could not be loaded: semantic features stay off", e);
            model.completeExceptionally(e);
        }
    }

    public boolean isReady() {
        return model.isDone() && !model.isCompletedExceptionally();
    }

    /** Waits for the model (tests and tools); false if it is not ready in time or failed. */
    public boolean awaitReady(Duration timeout) {
        try {
            model.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The text's unit-length embedding, or empty while the model is not ready. */
    public Optional<float[]> embed(String text) {
        if (!isReady()) {
            return Optional.empty();
        }
        float[] cached = cache.get(text);
        if (cached != null) {
            return Optional.of(cached);
        }
        float[] vector = normalised(model.join().embed(text).content().vector());
        cache.put(text, vector);
        return Optional.of(vector);
    }

    /**
     * The embedding of a search query or an answer: kept in a small in-memory cache only, so user text
     * never reaches the disk cache.
     */
    public Optional<float[]> embedTransient(String text) {
        if (!isReady()) {
            return Optional.empty();
        }
        synchronized (transientCache) {
            float[] hit = transientCache.get(text);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        float[] vector = normalised(model.join().embed(text).content().vector());
        synchronized (transientCache) {
            transientCache.put(text, vector);
        }
        return Optional.of(vector);
    }

    /**
     * Embeddings of user text in one batch, through the in-memory cache only (nothing reaches the
     * disk); empty while the model is not ready.
     */
    public Optional<List<float[]>> embedAllTransient(List<String> texts) {
        if (!isReady()) {
            return Optional.empty();
        }
        List<float[]> out = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        synchronized (transientCache) {
            for (int i = 0; i < texts.size(); i++) {
                float[] hit = transientCache.get(texts.get(i));
                out.add(hit);
                if (hit == null) {
                    missing.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            var embedded = model.join()
                    .embedAll(missing.stream()
                            .map(i -> TextSegment.from(texts.get(i)))
                            .toList())
                    .content();
            synchronized (transientCache) {
                for (int j = 0; j < missing.size(); j++) {
                    float[] v = normalised(embedded.get(j).vector());
                    out.set(missing.get(j), v);
                    transientCache.put(texts.get(missing.get(j)), v);
                }
            }
        }
        return Optional.of(out);
    }

    /**
     * Embeddings of many texts, served from the cache where possible and batched otherwise; empty
     * while the model is not ready. The cache file is written when new vectors were computed.
     */
    public Optional<List<float[]>> embedAll(List<String> texts) {
        if (!isReady()) {
            return Optional.empty();
        }
        List<float[]> out = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] cached = cache.get(texts.get(i));
            out.add(cached);
            if (cached == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments =
                    missing.stream().map(i -> TextSegment.from(texts.get(i))).toList();
            var embedded = model.join().embedAll(segments).content();
            for (int j = 0; j < missing.size(); j++) {
                float[] v = normalised(embedded.get(j).vector());
                out.set(missing.get(j), v);
                cache.put(texts.get(missing.get(j)), v);
            }
            cache.flush();
        }
        return Optional.of(out);
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
