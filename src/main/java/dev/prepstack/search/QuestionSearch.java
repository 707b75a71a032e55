package dev.prepstack.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.prepstack.catalog.Catalog;
import dev.prepstack.catalog.CatalogRefreshed;
import dev.prepstack.catalog.Question;
import dev.prepstack.catalog.RelatedQuestions;
import dev.prepstack.embedding.EmbeddingModelReady;
import dev.prepstack.embedding.Embeddings;
import io.micrometer.observation.annotation.Observed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Hybrid question search: BM25 and embedding similarity fused by reciprocal rank. Answers lexically
 * until the embedding model is ready, then rebuilds the index with vectors.
 */
@Service
public class QuestionSearch implements RelatedQuestions {

    private static final Logger log = LoggerFactory.getLogger(QuestionSearch.class);
    private static final Pattern CODE_BLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile("[`*_#>|]+");

    /** Lexical candidates: they also feed the facet counts and the total. */
    static final int CANDIDATES = 200;
    /** Vector neighbours: fusion only rewards the first ranks, and HNSW cost grows with k. */
    static final int NEIGHBOURS = 64;
    /** Reciprocal rank fusion constant: the usual 60 damps the difference between the first ranks. */
    static final int RRF_K = 60;
    /** Below this cosine a vector neighbour is noise, not a match. */
    static final double MIN_SIMILARITY = 0.42;
    /**
     * A close match scores above the best any single list can give (first place, 1 / (k + 1)): words
     * and meaning both found it near the top. The rest is the long tail that fusion always brings.
     */
    static final double CLOSE_MATCH_FLOOR = 1.0 / (RRF_K + 1) + 1e-6;
    /** Lexical weight against semantic weight in the fusion. */
    static final double[] WEIGHTS = {1.0, 1.0};

    /** Answers kept per index: bounded by count (a page of results is a few KB). */
    static final int CACHED_RESULTS = 1_000;

    private final Catalog catalog;
    private final Embeddings embeddings;
    /**
     * Results of recent searches on the current index: a search is a pure function of the index and
     * the query, and people (and the live suggestions, letter by letter) ask the same things again.
     * Emptied whenever the index is swapped; held in memory only, like the query embeddings.
     */
    private final Cache<CacheKey, SearchResults> results =
            Caffeine.newBuilder().maximumSize(CACHED_RESULTS).build();

    private volatile SearchIndex index;
    private volatile boolean started;
    private final java.util.concurrent.atomic.AtomicLong builds = new java.util.concurrent.atomic.AtomicLong();

    QuestionSearch(Catalog catalog, Embeddings embeddings) {
        this.catalog = catalog;
        this.embeddings = embeddings;
    }

    /**
     * The catalog announces every new bank on every node: after a sync here or on another node. Not
     * during start-up: the index is built in the background once the server takes requests.
     */
    @EventListener(CatalogRefreshed.class)
    void rebuild() {
        if (started) {
            rebuildIndex();
        } else {
            index = null; // built from the new bank when first needed
        }
    }

    /**
     * Start-up: the index (seconds of work on two cores) is built after the server reports healthy,
     * in the background; a search or a page with related questions before then waits for it.
     * Asking for the catalog first builds its snapshot, whose announcement builds the index once.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        started = true;
        Thread.ofPlatform().daemon().name("search-index").start(() -> {
            try {
                catalog.contentVersion();
                ensureIndex();
            } catch (RuntimeException e) {
                log.warn("Search index not built at start (built on first search): {}", e.toString());
            }
        });
    }

    /** The lexical index stays as it is; only an index without vectors gains from the model. */
    @EventListener(EmbeddingModelReady.class)
    void addVectors() {
        SearchIndex current = index;
        if (current == null || !current.hasVectors()) {
            rebuildIndex();
        }
    }

    /** The index, built first if there is none yet (once, however many ask at the same time). */
    private SearchIndex ensureIndex() {
        SearchIndex current = index;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            return index != null ? index : rebuildIndex();
        }
    }

    /** Builds the index from the live bank and swaps it in; returns it. */
    synchronized SearchIndex rebuildIndex() {
        long started = System.nanoTime();
        List<IndexedQuestion> questions =
                catalog.liveQuestions().stream().map(QuestionSearch::indexed).toList();
        List<float[]> vectors = embeddings
                .embedAll(questions.stream().map(IndexedQuestion::embeddingText).toList())
                .orElse(null);
        SearchIndex built = SearchIndex.build(questions, vectors);
        index = built;
        results.invalidateAll();
        builds.incrementAndGet();
        log.info(
                "Search index built in {} ms: {} questions, {} KB, vectors {}",
                (System.nanoTime() - started) / 1_000_000,
                built.size(),
                built.ramBytes() / 1024,
                built.hasVectors() ? "on" : "off (model not ready yet)");
        return built;
    }

    /**
     * Counts the index's rebuilds: pages that show related questions (the page cache) depend on the
     * index as much as on the bank, and the index is rebuilt after the catalog (and again once the
     * embedding model is ready).
     */
    public long indexGeneration() {
        return builds.get();
    }

    public boolean semanticReady() {
        SearchIndex current = index;
        return current != null && current.hasVectors() && embeddings.isReady();
    }

    @Observed(name = "prepstack.search", contextualName = "question-search")
    public SearchResults search(SearchQuery query) {
        SearchIndex current = ensureIndex();
        var key = new CacheKey(current, query);
        SearchResults cached = results.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        float[] vector = query.text().isEmpty() ? null : queryVector(current, query);
        SearchResults found = search(current, query, vector);
        // Only complete answers: not lexical-only ones for lack of a query vector (the model may
        // answer next time). The key holds the index (by identity), so a swapped one never matches.
        if (vector != null || query.mode() == SearchMode.LEXICAL || !current.hasVectors()) {
            results.put(key, found);
        }
        return found;
    }

    private record CacheKey(SearchIndex index, SearchQuery query) {}

    private float[] queryVector(SearchIndex current, SearchQuery query) {
        if (query.mode() == SearchMode.LEXICAL || !current.hasVectors()) {
            return null;
        }
        try {
            return embeddings.embedTransient(query.text()).orElse(null);
        } catch (RuntimeException e) {
            // A model that refuses a query (a tokenizer limit, odd text) leaves the lexical results.
            return null;
        }
    }

    static SearchResults search(SearchIndex index, SearchQuery query, float[] queryVector) {
        if (query.text().isEmpty()) {
            return new SearchResults(List.of(), Facets.empty(), 0, query.page(), query.size(), false);
        }
        List<SearchIndex.Scored> lexical =
                query.mode() == SearchMode.SEMANTIC ? List.of() : index.lexical(query.text(), CANDIDATES);
        List<SearchIndex.Scored> semantic = queryVector == null || query.mode() == SearchMode.LEXICAL
                ? List.of()
                : index.semantic(queryVector, Math.min(NEIGHBOURS, index.size())).stream()
                        .filter(s -> s.score() >= MIN_SIMILARITY)
                        .toList();
        Map<Integer, Double> fused = SearchIndex.fuse(List.of(lexical, semantic), WEIGHTS, RRF_K);
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()));

        List<Map.Entry<Integer, Double>> matching = ranked.stream()
                .filter(e -> Facets.matches(index.question(e.getKey()), query.topic(), query.level(), query.kind()))
                .toList();
        var facets = Facets.count(
                ranked.stream().map(e -> index.question(e.getKey())).toList(), query);
        var stems = index.stems(QueryExpansion.expand(query.text()));
        List<SearchHit> items = matching.stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .map(e -> hit(index, e.getKey(), e.getValue(), stems))
                .toList();
        return new SearchResults(items, facets, matching.size(), query.page(), query.size(), !semantic.isEmpty());
    }

    private static SearchHit hit(SearchIndex index, int doc, double score, java.util.Set<String> stems) {
        IndexedQuestion q = index.question(doc);
        return new SearchHit(
                q.slug(),
                q.title(),
                q.topic(),
                q.level(),
                q.kind(),
                Snippets.of(index, q, stems),
                Math.round(score * 1e6) / 1e6);
    }

    @Override
    public List<String> relatedTo(String slug, int limit) {
        SearchIndex current = ensureIndex();
        Integer doc = current.docOf(slug);
        if (doc == null) {
            return List.of();
        }
        List<SearchIndex.Scored> neighbours = current.hasVectors()
                ? current.semantic(current.vectorOf(doc), limit + 1)
                : current.lexical(current.question(doc).title(), limit + 1);
        return neighbours.stream()
                .filter(s -> s.doc() != doc)
                .limit(limit)
                .map(s -> current.question(s.doc()).slug())
                .toList();
    }

    static IndexedQuestion indexed(Question q) {
        String answer = MARKUP.matcher(CODE_BLOCK.matcher(q.answerMarkdown()).replaceAll(" "))
                .replaceAll(" ");
        return new IndexedQuestion(
                q.slug(), q.title(), q.aliases(), q.topic(), q.level(), q.kind(), q.summary(), q.keyPoints(), answer);
    }

    static Map<String, Long> orderedCounts(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
