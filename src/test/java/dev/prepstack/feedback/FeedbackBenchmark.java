package dev.prepstack.feedback;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluation latency for a 150-word and a 600-word answer (warm, p50/p95) and the memory the model
 * adds. Not a test: bench/feedback.sh runs it and writes target/bench/feedback-report.md. Answer
 * sentences are embedded on every run (no cache), as for a new answer; key points are cached.
 */
public final class FeedbackBenchmark {

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm up");
        System.gc();
        long modelHeap = rt.totalMemory() - rt.freeMemory() - before;

        Map<String, float[]> rubricCache = new LinkedHashMap<>();
        var bank = EvalSet.bank();
        var question = bank.get("cap-theorem");
        Rubric rubric = EvalSet.rubric(question);
        List<String> rubricTexts = new ArrayList<>(rubric.keyPoints());
        rubricTexts.add(
                rubric.referenceAnswer().length() > 1500
                        ? rubric.referenceAnswer().substring(0, 1500)
                        : rubric.referenceAnswer());
        Embedder embedder = texts -> {
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
        var evaluator = new AnswerEvaluator(embedder, Calibration.DEFAULT);
        String source = String.join(
                " ", question.answerMarkdown().replaceAll("```.*?```", " ").split("\\s+"));
        String[] words = source.split(" ");
        String w150 = String.join(" ", Arrays.copyOfRange(words, 0, Math.min(150, words.length)));
        StringBuilder long600 = new StringBuilder();
        while (long600.toString().split(" ").length < 600) {
            long600.append(source).append(' ');
        }
        String w600 = String.join(" ", Arrays.copyOfRange(long600.toString().split(" "), 0, 600));

        var report = new StringBuilder("# Feedback benchmark (" + java.time.LocalDate.now() + ")\n\n");
        report.append(
                "%d cores, Java %s; the embedding model adds about %d MB of heap (plus the ONNX runtime's native memory).%n%n"
                        .formatted(rt.availableProcessors(), Runtime.version(), modelHeap / (1024 * 1024)));
        report.append("| answer | p50 (ms) | p95 (ms) |\n|---|---|---|\n");
        for (var entry : Map.of("150 words", w150, "600 words", w600).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            for (int i = 0; i < 30; i++) {
                evaluator.evaluate(rubric, entry.getValue() + " " + i);
            }
            long[] times = new long[200];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                evaluator.evaluate(rubric, entry.getValue() + " variant " + i);
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            report.append("| %s | %.1f | %.1f |%n".formatted(entry.getKey(), times[99] / 1e6, times[189] / 1e6));
        }
        Path out = Path.of("target", "bench", "feedback-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
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
