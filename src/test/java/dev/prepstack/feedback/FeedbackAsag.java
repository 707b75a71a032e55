package dev.prepstack.feedback;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generalisation harness (bench/feedback-asag.sh DATASET_DIR; not a test). Real graded answers
 * go through the same code path as {@code POST /api/v1/feedback} with a typed-in rubric (question,
 * the reference answer's sentences as key points, the reference answer), and the figures are printed
 * per split beside baselines measured in the same run: SAF (Filighera et al., ACL 2022; English
 * part of github.com/SebOchs/SAF, data/{training,unseen_answers,unseen_questions}/english/*.xml under
 * DATASET_DIR) and, through the bank's own rubrics, the blind eval set's tune and test halves and the
 * regression set. With {@code --dump DIR} it also writes the evaluator's measurements of SAF training
 * and the tune half (the only data anything is fitted on) for bench/feedback-fit.py.
 */
public final class FeedbackAsag {

    record Row(
            String split,
            String question,
            List<String> keyPoints,
            String reference,
            String answer,
            double grade,
            Rubric bankRubric,
            java.util.Set<Integer> covered,
            String type) {}

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        Path dump = args.length > 2 && args[1].equals("--dump") ? Path.of(args[2]) : null;
        List<Row> rows = new ArrayList<>();
        for (String split : List.of("training", "unseen_answers", "unseen_questions")) {
            rows.addAll(saf(dataset.resolve("data").resolve(split).resolve("english"), "saf-" + split));
        }
        var bank = EvalSet.bank();
        for (var item : EvalSet.load(bank)) {
            rows.add(bankRow("eval-" + item.split(), item));
        }
        for (var item : EvalSet.regression(bank)) {
            rows.add(bankRow("regression", item));
        }

        EmbeddingModel bgeModel = new BgeSmallEnV15QuantizedEmbeddingModel();
        EmbeddingModel miniModel = new AllMiniLmL6V2QuantizedEmbeddingModel();
        // Public dataset text only: its vectors are kept under target/ so a re-run does not embed it again.
        Path cacheDir = Path.of("target", "bench", "asag-vectors");
        Map<String, float[]> bgeCache = load(cacheDir.resolve("bge.bin"));
        Map<String, float[]> miniCache = load(cacheDir.resolve("minilm.bin"));
        Embedder bge = cached(bgeModel, bgeCache);
        Embedder mini = cached(miniModel, miniCache);
        var ours = new AnswerEvaluator(bge);
        var previous = new PreviousEvaluator(bge, Calibration.DEFAULT);

        List<String> systems = List.of(
                "ours (evaluator " + AnswerEvaluator.VERSION + ")",
                "previous evaluator",
                "BGE cosine answer-reference",
                "MiniLM cosine answer-reference",
                "content-word recall of reference");
        Map<String, Map<String, List<double[]>>> bySplit = new LinkedHashMap<>();
        PrintWriter signals =
                dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump.resolve("signals.csv")));
        PrintWriter points = dump == null ? null : new PrintWriter(Files.newBufferedWriter(dump.resolve("points.csv")));
        if (dump != null) {
            signals.println(
                    "row,split,grade,referenceCosine,recall,restated,words,type,ours,previous,bge,mini,refRecall,points,referenceRecall,functionShare,qcos,qref");
            points.println("row,point,evidence,at,mistake,label,rival,turned,cosine,floor,qcos");
        }
        // Key-point counts of the bank halves (F1 with "partly" counted as made, wrong answers' points).
        Map<String, int[]> keyPointCounts = new LinkedHashMap<>();
        int n = 0;
        for (Row r : rows) {
            Rubric rubric = r.bankRubric() != null
                    ? r.bankRubric()
                    : AnswerFeedback.typedIn(r.question(), r.keyPoints(), r.reference());
            // The same checks and call as AnswerFeedback.evaluate (what the API's own-rubric path runs).
            AnswerFeedback.checkAnswer(r.answer());
            Feedback f = ours.evaluate(rubric, r.answer());
            double prev = previous.evaluate(rubric, r.answer()).score();
            String ref = AnswerEvaluator.reference(rubric);
            double bgeCos = cosine(bge, r.answer(), ref);
            double miniCos = cosine(mini, r.answer(), ref);
            Set<String> refStems = TextFeatures.contentStems(ref);
            Set<String> answerStems = TextFeatures.contentStems(r.answer());
            double recall = refStems.isEmpty()
                    ? 0
                    : (double) refStems.stream().filter(answerStems::contains).count() / refStems.size();
            double[] predictions = {f.score(), prev, bgeCos, miniCos, recall};
            var perSystem = bySplit.computeIfAbsent(r.split(), s -> new LinkedHashMap<>());
            for (int i = 0; i < systems.size(); i++) {
                perSystem
                        .computeIfAbsent(systems.get(i), s -> new ArrayList<>())
                        .add(new double[] {predictions[i], r.grade()});
            }
            if (r.covered() != null) {
                int[] c = keyPointCounts.computeIfAbsent(r.split(), s -> new int[7]);
                for (int k = 0; k < f.keyPoints().size(); k++) {
                    var kp = f.keyPoints().get(k);
                    boolean truth = r.covered().contains(k);
                    c[kp.covered() && truth ? 0 : kp.covered() ? 1 : truth ? 2 : 3]++;
                    if ("wrong".equals(r.type())) {
                        c[4]++;
                        c[5] += "covered".equals(kp.verdict()) ? 1 : 0;
                        c[6] += kp.covered() ? 1 : 0;
                    }
                }
            }
            if (dump != null && !TextFeatures.words(r.answer()).isEmpty()) {
                var s = ours.signals(rubric, r.answer().strip());
                for (int k = 0; k < s.points().size(); k++) {
                    var p = s.points().get(k);
                    points.printf(
                            Locale.ROOT,
                            "%d,%d,%.5f,%d,%d,%s,%.5f,%d,%.5f,%.5f,%.5f%n",
                            n,
                            k,
                            p.evidence(),
                            p.at(),
                            p.mistake(),
                            r.covered() == null ? "" : r.covered().contains(k) ? "1" : "0",
                            Double.isInfinite(p.rival()) ? -9.0 : p.rival(),
                            p.turned() ? 1 : 0,
                            p.cosine(),
                            p.floor(),
                            p.questionCosine());
                }
                signals.printf(
                        Locale.ROOT,
                        "%d,%s,%.4f,%.5f,%.5f,%.5f,%d,%s,%d,%.0f,%.5f,%.5f,%.5f,%d,%.5f,%.5f,%.5f,%.5f%n",
                        n,
                        r.split(),
                        r.grade(),
                        s.referenceCosine(),
                        s.recall(),
                        s.restated(),
                        s.words(),
                        r.type(),
                        f.score(),
                        prev,
                        bgeCos,
                        miniCos,
                        recall,
                        s.points().size(),
                        s.referenceRecall(),
                        TextFeatures.functionWordShare(r.answer()),
                        s.questionCosine(),
                        s.questionReference());
            }
            n++;
            if (n % 200 == 0) {
                System.err.println(n + " of " + rows.size());
            }
        }
        if (dump != null) {
            signals.close();
            points.close();
        }
        save(cacheDir.resolve("bge.bin"), bgeCache);
        save(cacheDir.resolve("minilm.bin"), miniCache);

        var out = new StringBuilder("# Feedback generalisation (" + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")\n\n");
        out.append(
                "Pearson / Spearman / RMSE after a linear fit of each system's output to the grade (0-1) on that split.\n\n");
        out.append("| split | n | system | Pearson | Spearman | RMSE |\n|---|---|---|---|---|---|\n");
        for (var split : bySplit.entrySet()) {
            for (var sys : split.getValue().entrySet()) {
                double[] x = sys.getValue().stream().mapToDouble(v -> v[0]).toArray();
                double[] y = sys.getValue().stream().mapToDouble(v -> v[1]).toArray();
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %s | %.3f | %.3f | %.3f |%n",
                        split.getKey(),
                        x.length,
                        sys.getKey(),
                        pearson(x, y),
                        EvalSet.spearman(x, y),
                        rmseAfterFit(x, y)));
            }
        }
        out.append("\nKey points of the bank sets (ours; \"partly\" counts as made):\n\n");
        out.append(
                "| split | precision | recall | F1 | wrong answers' points covered | covered or partly |\n|---|---|---|---|---|---|\n");
        for (var c : keyPointCounts.entrySet()) {
            int[] v = c.getValue();
            double p = v[0] + v[1] == 0 ? 1 : (double) v[0] / (v[0] + v[1]);
            double rc = v[0] + v[2] == 0 ? 1 : (double) v[0] / (v[0] + v[2]);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %s | %s |%n",
                    c.getKey(),
                    p,
                    rc,
                    2 * p * rc / (p + rc),
                    v[4] == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% of %d", 100.0 * v[5] / v[4], v[4]),
                    v[4] == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * v[6] / v[4])));
        }
        // Regression set: distance of the score to the label.
        var reg = bySplit.get("regression").get(systems.get(0));
        long within =
                reg.stream().filter(v -> Math.abs(v[0] - 100 * v[1]) <= 15).count();
        double mae = reg.stream()
                .mapToDouble(v -> Math.abs(v[0] - 100 * v[1]))
                .average()
                .orElse(0);
        out.append(String.format(
                Locale.ROOT,
                "%nRegression set (ours): %d of %d within 15 points of the label, mean absolute error %.1f points.%n",
                within,
                reg.size(),
                mae));
        Path report = Path.of("target", "bench", "feedback-asag.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println(out);
    }

    private static Row bankRow(String split, EvalSet.Item item) {
        return new Row(
                split,
                null,
                null,
                null,
                item.answer(),
                item.score() / 100.0,
                EvalSet.rubric(item.question()),
                item.covered(),
                item.type());
    }

    /** SAF's English questions: each student answer with its grade (0-1) and the question's reference. */
    static List<Row> saf(Path dir, String split) throws Exception {
        List<Row> rows = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path file : files) {
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            String question = text(root, "questionText");
            String reference = text(root, "referenceAnswer");
            List<String> keyPoints = keyPoints(reference);
            NodeList answers = root.getElementsByTagName("studentAnswer");
            for (int i = 0; i < answers.getLength(); i++) {
                Element a = (Element) answers.item(i);
                String response = text(a, "response");
                double grade = Double.parseDouble(text(a, "score"));
                if (response.length() > AnswerEvaluator.MAX_ANSWER) {
                    continue;
                }
                rows.add(new Row(split, question, keyPoints, reference, response, grade, null, null, null));
            }
        }
        return rows;
    }

    /**
     * The reference answer's sentences and bullet lines as key points, as someone typing the rubric
     * in would list them: at most {@link AnswerFeedback#MAX_KEY_POINTS}, neighbours joined when there
     * are more.
     */
    static List<String> keyPoints(String reference) {
        List<String> sentences = new ArrayList<>();
        for (String s : TextFeatures.sentences(reference.replaceAll("[●○•]", "\n"))) {
            if (TextFeatures.contentStems(s).size() >= 2) {
                sentences.add(s.length() > AnswerFeedback.MAX_FIELD ? s.substring(0, AnswerFeedback.MAX_FIELD) : s);
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(reference.strip());
        }
        int max = AnswerFeedback.MAX_KEY_POINTS;
        if (sentences.size() <= max) {
            return sentences;
        }
        List<String> joined = new ArrayList<>();
        for (int g = 0; g < max; g++) {
            int from = g * sentences.size() / max;
            int to = (g + 1) * sentences.size() / max;
            String j = String.join(" ", sentences.subList(from, to));
            joined.add(j.length() > AnswerFeedback.MAX_FIELD ? j.substring(0, AnswerFeedback.MAX_FIELD) : j);
        }
        return joined;
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    /** The plain baseline: the whole answer's and the reference's vectors, cosine. */
    private static double cosine(Embedder e, String answer, String reference) {
        String a = answer.isBlank() ? "-" : answer;
        var v = e.embedAll(List.of(a, reference.length() > 1500 ? reference.substring(0, 1500) : reference))
                .orElseThrow();
        return AnswerEvaluator.dot(v.get(0), v.get(1));
    }

    /** The model with every text embedded once (the harness sees each rubric hundreds of times). */
    private static Embedder cached(EmbeddingModel model, Map<String, float[]> cache) {
        return texts -> {
            List<String> missing =
                    texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                var embedded = model.embedAll(
                                missing.stream().map(TextSegment::from).toList())
                        .content();
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), unit(embedded.get(i).vector()));
                }
            }
            return Optional.of(texts.stream().map(cache::get).toList());
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, float[]> load(Path file) throws Exception {
        if (!Files.exists(file)) {
            return new HashMap<>();
        }
        try (var in = new java.io.ObjectInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            return (Map<String, float[]>) in.readObject();
        }
    }

    private static void save(Path file, Map<String, float[]> cache) throws Exception {
        Files.createDirectories(file.getParent());
        try (var out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(new HashMap<>(cache));
        }
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

    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double cov = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < x.length; i++) {
            cov += (x[i] - mx) * (y[i] - my);
            vx += (x[i] - mx) * (x[i] - mx);
            vy += (y[i] - my) * (y[i] - my);
        }
        return vx == 0 || vy == 0 ? 0 : cov / Math.sqrt(vx * vy);
    }

    /** Root mean squared error of the grade after the best linear map of the output onto it. */
    static double rmseAfterFit(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double b = sxx == 0 ? 0 : sxy / sxx;
        double se = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - (my + b * (x[i] - mx));
            se += r * r;
        }
        return Math.sqrt(se / x.length);
    }
}
