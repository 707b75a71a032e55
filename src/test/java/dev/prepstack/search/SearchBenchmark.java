package dev.prepstack.search;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.prepstack.content.ContentLoader;
import dev.prepstack.content.ContentProperties;
import dev.prepstack.content.MarkdownRenderer;
import dev.prepstack.content.QuestionDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Search benchmark over synthetic banks (not a test): documents are recombined from the real bank's
 * sentences, their vectors are random unit vectors, and query vectors come from the real model.
 * Reports build time, index size, heap growth and p50/p95 latency for lexical, vector and hybrid
 * retrieval. Run with bench/search.sh; writes target/bench/search-report.md.
 */
public final class SearchBenchmark {

    private static final int DIM = 384;
    private static final int WARMUP = 200;
    private static final int MEASURED = 1000;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<QuestionDocument> bank = new ContentLoader(new ContentProperties(null), new MarkdownRenderer())
                .load(Path.of("content"))
                .questions();
        List<String> queries = Files.readAllLines(Path.of("src/test/resources/search/relevance-set.tsv")).stream()
                .skip(1)
                .map(l -> l.split("\t")[0])
                .toList();
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<float[]> queryVectors = new ArrayList<>();
        long embedStart = System.nanoTime();
        long[] embedTimes = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            queryVectors.add(unit(model.embed(queries.get(i)).content().vector()));
            embedTimes[i] = System.nanoTime() - t;
        }
        double embedTotalMs = (System.nanoTime() - embedStart) / 1e6;

        var report = new StringBuilder();
        report.append("# Search benchmark (")
                .append(java.time.LocalDate.now())
                .append(")\n\n")
                .append(
                        "%d cores, Java %s, %d queries from the relevance set, %d measured searches per mode after %d warm-up.%n%n"
                                .formatted(
                                        Runtime.getRuntime().availableProcessors(),
                                        Runtime.version(),
                                        queries.size(),
                                        MEASURED,
                                        WARMUP))
                .append(
                        "Query embedding with the real model: p50 %.2f ms, p95 %.2f ms (%d queries, %.0f ms in all).%n%n"
                                .formatted(
                                        percentile(embedTimes, 50),
                                        percentile(embedTimes, 95),
                                        queries.size(),
                                        embedTotalMs))
                .append(
                        "| questions | build (s) | index (MB) | heap growth (MB) | lexical p50 / p95 (ms) | vector p50 / p95 (ms) | hybrid p50 / p95 (ms) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        double hybridP95At1k = 0;
        for (int size : sizes) {
            System.gc();
            long heapBefore = usedHeap();
            List<IndexedQuestion> docs = synthetic(bank, size, new Random(size));
            List<float[]> vectors = new ArrayList<>(size);
            Random random = new Random(42);
            for (int i = 0; i < size; i++) {
                vectors.add(randomUnit(random));
            }
            long started = System.nanoTime();
            SearchIndex index = SearchIndex.build(docs, vectors);
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heapGrowth = usedHeap() - heapBefore;

            double[] lexical = measure(i -> QuestionSearch.search(index, query(queries, i, SearchMode.LEXICAL), null));
            double[] vector = measure(i -> QuestionSearch.search(
                    index, query(queries, i, SearchMode.SEMANTIC), queryVectors.get(i % queryVectors.size())));
            double[] hybrid = measure(i -> QuestionSearch.search(
                    index, query(queries, i, SearchMode.HYBRID), queryVectors.get(i % queryVectors.size())));
            if (size == sizes[0]) {
                hybridP95At1k = hybrid[1];
            }
            String line = "| %,d | %.1f | %.1f | %.0f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f |%n"
                    .formatted(
                            size,
                            buildSeconds,
                            index.ramBytes() / 1e6,
                            heapGrowth / 1e6,
                            lexical[0],
                            lexical[1],
                            vector[0],
                            vector[1],
                            hybrid[0],
                            hybrid[1]);
            report.append(line);
            System.out.print(line);
            if (size == sizes[sizes.length - 1] && sizes.length > 1) {
                report.append("%nHybrid p95 grows %.1f× from %,d to %,d questions.%n"
                        .formatted(hybrid[1] / hybridP95At1k, sizes[0], size));
            }
        }
        report.append(
                "\nRetrieval latencies exclude the query embedding (reported above); an end-to-end hybrid search costs both.\n");
        Path out = Path.of("target", "bench", "search-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private static SearchQuery query(List<String> queries, int i, SearchMode mode) {
        return new SearchQuery(queries.get(i % queries.size()), null, null, null, 0, 20, mode);
    }

    private static double[] measure(java.util.function.IntConsumer search) {
        for (int i = 0; i < WARMUP; i++) {
            search.accept(i);
        }
        long[] times = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            search.accept(i);
            times[i] = System.nanoTime() - t;
        }
        return new double[] {percentile(times, 50), percentile(times, 95)};
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Synthetic questions: real sentences recombined, so term statistics look like the bank's. */
    static List<IndexedQuestion> synthetic(List<QuestionDocument> bank, int size, Random random) {
        List<String> sentences = new ArrayList<>();
        for (QuestionDocument q : bank) {
            sentences.addAll(Arrays.asList(q.answerMarkdown().split("(?<=[.!?])\\s+")));
        }
        List<IndexedQuestion> docs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            QuestionDocument base = bank.get(random.nextInt(bank.size()));
            Supplier<String> sentence = () -> sentences.get(random.nextInt(sentences.size()));
            var answer = new StringBuilder();
            for (int s = 0; s < 25; s++) {
                answer.append(sentence.get()).append(' ');
            }
            docs.add(new IndexedQuestion(
                    base.slug() + "-" + i,
                    base.title(),
                    base.aliases(),
                    base.topic(),
                    base.level(),
                    base.kind(),
                    sentence.get() + " " + sentence.get(),
                    List.of(sentence.get(), sentence.get(), sentence.get()),
                    answer.toString().toLowerCase(Locale.ROOT)));
        }
        return docs;
    }

    private static float[] randomUnit(Random random) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return unit(v);
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
