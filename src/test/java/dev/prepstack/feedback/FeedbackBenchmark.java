package dev.prepstack.feedback;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluation latency for a 150-word and a 600-word answer (warm, p50/p95) and the memory each model
 * adds, for the answer model and, for comparison in the same run, the search model. Not a test:
 * bench/feedback.sh runs it and writes target/bench/feedback-report.md. Answer sentences are
 * embedded on every run (no cache), as for a new answer; key points are cached.
 */
public final class FeedbackBenchmark {

    public static void main(String[] args) throws Exception {
        var bank = EvalSet.bank();
        Rubric rubric = EvalSet.rubric(bank.get("cap-theorem"));
        String source = String.join(
                " ", rubric.referenceAnswer().replaceAll("```.*?```", " ").split("\\s+"));
        String[] words = source.split(" ");
        String w150 = String.join(" ", Arrays.copyOfRange(words, 0, Math.min(150, words.length)));
        StringBuilder long600 = new StringBuilder();
        while (long600.toString().split(" ").length < 600) {
            long600.append(source).append(' ');
        }
        String w600 = String.join(" ", Arrays.copyOfRange(long600.toString().split(" "), 0, 600));

        var report = new StringBuilder("# Feedback benchmark (" + java.time.LocalDate.now() + ")\n\n");
        report.append("%d cores, Java %s. Each model is measured in this one run; the evaluator uses the first.%n%n"
                .formatted(Runtime.getRuntime().availableProcessors(), Runtime.version()));
        report.append("| model | answer | p50 (ms) | p95 (ms) |\n|---|---|---|---|\n");
        Map<String, Double> p95 = new LinkedHashMap<>();
        StringBuilder memory = new StringBuilder();
        // Load order as in the app: search's model, then the answer model. bench/feedback.sh fixes and
        // pre-touches the heap, so resident memory grows only by what the models add outside it.
        Map<String, EmbeddingModel> models = new LinkedHashMap<>();
        for (var model : List.<Map.Entry<String, java.util.function.Supplier<EmbeddingModel>>>of(
                Map.entry("all-minilm-l6-v2-q (search)", AllMiniLmL6V2QuantizedEmbeddingModel::new),
                Map.entry("bge-small-en-v1.5-q (answers)", BgeSmallEnV15QuantizedEmbeddingModel::new))) {
            long rssBefore = residentKb();
            long heapBefore = heapUsed();
            EmbeddingModel loaded = model.getValue().get();
            loaded.embed("warm up");
            memory.append("- %s adds about %d MB outside the heap (ONNX runtime, weights) and %d MB of heap.%n"
                    .formatted(
                            model.getKey(),
                            (residentKb() - rssBefore) / 1024,
                            Math.max(0, heapUsed() - heapBefore) / (1024 * 1024)));
            models.put(model.getKey(), loaded);
        }
        for (var model : List.of("bge-small-en-v1.5-q (answers)", "all-minilm-l6-v2-q (search)")) {
            EmbeddingModel loaded = models.get(model);
            var evaluator = new AnswerEvaluator(cachingRubric(loaded, rubric));
            for (var answer : List.of(Map.entry("150 words", w150), Map.entry("600 words", w600))) {
                for (int i = 0; i < 30; i++) {
                    evaluator.evaluate(rubric, answer.getValue() + " " + i);
                }
                long[] times = new long[200];
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    evaluator.evaluate(rubric, answer.getValue() + " variant " + i);
                    times[i] = System.nanoTime() - t;
                }
                Arrays.sort(times);
                p95.put(model + answer.getKey(), times[189] / 1e6);
                report.append("| %s | %s | %.1f | %.1f |%n"
                        .formatted(model, answer.getKey(), times[99] / 1e6, times[189] / 1e6));
            }
        }
        report.append("\n").append(memory);
        var values = new ArrayList<>(p95.values());
        report.append("%nRatio of p95, answer model to search model: %.2f (150 words), %.2f (600 words).%n"
                .formatted(values.get(0) / values.get(2), values.get(1) / values.get(3)));
        Path out = Path.of("target", "bench", "feedback-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** The model behind an Embedder that, like the app, embeds the rubric once and every answer afresh. */
    private static Embedder cachingRubric(EmbeddingModel model, Rubric rubric) {
        Map<String, float[]> rubricCache = new LinkedHashMap<>();
        List<String> rubricTexts = new ArrayList<>(rubric.keyPoints());
        rubric.misconceptions().forEach(m -> {
            rubricTexts.add(m.claim());
            rubricTexts.add(m.correction());
        });
        rubricTexts.add(
                rubric.referenceAnswer().length() > 1500
                        ? rubric.referenceAnswer().substring(0, 1500)
                        : rubric.referenceAnswer());
        return texts -> {
            List<float[]> out = new ArrayList<>();
            List<TextSegment> fresh = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                float[] hit = rubricTexts.contains(texts.get(i)) ? rubricCache.get(texts.get(i)) : null;
                out.add(hit);
                if (hit == null) {
                    fresh.add(TextSegment.from(texts.get(i)));
                    at.add(i);
                }
            }
            var embedded = model.embedAll(fresh).content();
            for (int j = 0; j < at.size(); j++) {
                float[] v = unit(embedded.get(j).vector());
                out.set(at.get(j), v);
                if (rubricTexts.contains(texts.get(at.get(j)))) {
                    rubricCache.put(texts.get(at.get(j)), v);
                }
            }
            return Optional.of(out);
        };
    }

    private static long heapUsed() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The process's resident set size (Linux), which counts the ONNX runtime's native memory too. */
    private static long residentKb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        n = Math.sqrt(n);
        float[] o = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = (float) (v[i] / n);
        }
        return o;
    }
}
