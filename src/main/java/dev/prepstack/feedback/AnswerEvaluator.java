package dev.prepstack.feedback;

import dev.prepstack.shared.UserText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in coach: which key points an answer covers, with the sentence that covers each, a
 * 0-100 score, STAR parts for behavioral questions, and concrete suggestions. Plain Java: sentence
 * embeddings come in through {@link Embedder}; everything else is lexical evidence (content words
 * shared with the key point, the question's own words discounted, negation, bare keyword lists).
 */
public final class AnswerEvaluator {

    public static final int MAX_ANSWER = 20_000;

    private static final Pattern SITUATION = Pattern.compile(
            "\\b(when i was|at my (previous|last|current)|in my (previous|last|current) (job|role|team|company)|our (team|company|service|system)|"
                    + "we had|we were|there was|the situation|back in|last year|a few years ago|at the time|i was working)\\b");
    private static final Pattern TASK = Pattern.compile(
            "\\b(my (task|job|goal|responsibility|role) was|i was (responsible|asked|tasked|expected)|i needed to|i had to|we needed to|"
                    + "the goal was|my goal|our goal|the task|i owned|had to (deliver|ship|fix|migrate))\\b");
    private static final Pattern ACTION = Pattern.compile(
            "\\b(i (decided|built|wrote|proposed|created|designed|led|organi[sz]ed|set up|started|added|introduced|talked|asked|"
                    + "scheduled|split|moved|changed|reviewed|paired|met|explained|suggested|implemented|refactored|measured|rolled|"
                    + "called|wrote|drafted|automated|prioriti[sz]ed|negotiated|reached out|spent|ran|used|fixed|shipped|profiled|traced|"
                    + "benchmarked|tested|migrated|deployed|documented|replaced|rewrote|removed|debugged|investigated|"
                    + "analy[sz]ed|monitored|mentored|coached|escalated|communicated|broke))\\b");
    private static final Pattern RESULT = Pattern.compile(
            "\\b(as a result|the result|in the end|resulted in|outcome|we shipped|we delivered|reduced|increased|improved|cut|"
                    + "dropped|saved|went from|from \\d|to \\d|\\d+ ?%|percent|since then|afterwards|learned|now we|on time)\\b");

    /** Points this far below the threshold still count as leaning on their evidence sentence. */
    private static final double SHARING_MARGIN = 0.075;

    private final Embedder embedder;
    private final Calibration calibration;

    public AnswerEvaluator(Embedder embedder, Calibration calibration) {
        this.embedder = embedder;
        this.calibration = calibration;
    }

    public Feedback evaluate(Rubric rubric, String answer) {
        // Invisible characters (zero-width spaces, bidi overrides, NUL) are no answer: the embedding
        // model refuses text without content, and a mock interview's finish failed on it every time.
        String text = UserText.clean(answer);
        if (text.isEmpty()) {
            List<Feedback.KeyPointResult> none = rubric.keyPoints().stream()
                    .map(k -> new Feedback.KeyPointResult(k, false, null, 0))
                    .toList();
            return new Feedback(
                    0,
                    none,
                    rubric.behavioral() ? new Feedback.Star(false, false, false, false) : null,
                    List.of("Write an answer first: even three sentences in your own words show what you know."),
                    "embedded",
                    false);
        }
        List<String> single = TextFeatures.sentences(text);
        if (single.isEmpty()) {
            single = List.of(text);
        }
        // A point is often made across two sentences: adjacent pairs are evidence too.
        List<String> sentences = new ArrayList<>(single);
        for (int i = 0; i + 1 < single.size() && sentences.size() < 600; i++) {
            sentences.add(single.get(i) + " " + single.get(i + 1));
        }
        Set<String> questionStems = TextFeatures.contentStems(rubric.question());
        String reference =
                rubric.referenceAnswer() == null || rubric.referenceAnswer().isBlank()
                        ? String.join(" ", rubric.keyPoints())
                        : rubric.referenceAnswer();
        // Only single sentences go through the model; a pair's vector is the mean of its two (cheap,
        // and close to embedding the pair: the model itself mean-pools).
        List<String> toEmbed = new ArrayList<>(rubric.keyPoints());
        toEmbed.addAll(single);
        toEmbed.add(truncate(reference, 1500));
        Optional<List<float[]>> embedded = embedder.embedAll(toEmbed);
        int singles = single.size();
        int points = rubric.keyPoints().size();
        int pairs = sentences.size() - singles;
        Optional<List<float[]>> vectors = embedded.map(v -> withPairs(v, points, singles, pairs));
        boolean semantic = vectors.isPresent();
        Calibration c = semantic ? calibration : Calibration.LEXICAL_ONLY;
        // A bare list of terms (few function words overall) explains nothing, however many terms match.
        boolean listLike = TextFeatures.functionWordShare(text) < 0.2
                && TextFeatures.words(text).size() > 6;

        int k = rubric.keyPoints().size();
        double[] best = new double[k];
        int[] evidenceAt = new int[k];
        for (int i = 0; i < k; i++) {
            String point = rubric.keyPoints().get(i);
            Set<String> pointStems = new HashSet<>(TextFeatures.contentStems(point));
            Set<String> specific = new HashSet<>(pointStems);
            specific.removeAll(questionStems);
            if (specific.isEmpty()) {
                specific = pointStems;
            }
            boolean pointNegated = TextFeatures.negated(point);
            best[i] = Double.NEGATIVE_INFINITY;
            evidenceAt[i] = -1;
            for (int s = 0; s < sentences.size(); s++) {
                String sentence = sentences.get(s);
                Set<String> stems = TextFeatures.contentStems(sentence);
                stems.removeAll(questionStems.stream()
                        .filter(q -> !pointStems.contains(q))
                        .toList());
                double lexical = specific.isEmpty()
                        ? 0
                        : (double) specific.stream().filter(stems::contains).count() / specific.size();
                double sim =
                        semantic ? cosine(vectors.get().get(i), vectors.get().get(k + s)) : 0;
                double combined = c.semanticWeight() * sim + c.lexicalWeight() * lexical;
                // A negated sentence against a positive point turns the claim around; the reverse (the point
                // says "not only X", the sentence says X) still makes the point's positive part.
                if ((TextFeatures.negated(sentence) && !pointNegated) || TextFeatures.contradicts(point, sentence)) {
                    combined -= c.negationPenalty();
                }
                if (listLike
                        || (TextFeatures.words(sentence).size() > 4
                                && TextFeatures.functionWordShare(sentence) < 0.12)) {
                    combined -= c.listPenalty();
                }
                if (combined > best[i]) {
                    best[i] = combined;
                    evidenceAt[i] = s;
                }
            }
        }
        // One sentence that is the best evidence for several key points at once is usually a general
        // remark about the topic (or a confident wrong claim in its vocabulary), not each point made:
        // every other point leaning on the same sentence costs some evidence.
        List<Feedback.KeyPointResult> results = new ArrayList<>();
        double soft = 0;
        for (int i = 0; i < k; i++) {
            int sharing = 0;
            for (int j = 0; j < k; j++) {
                if (j != i
                        && best[j] >= c.coveredAt() - SHARING_MARGIN
                        && nested(evidenceAt[i], evidenceAt[j], singles)) {
                    sharing++;
                }
            }
            double evidence = best[i] - c.sharedPenalty() * sharing;
            boolean covered = evidence >= c.coveredAt();
            results.add(new Feedback.KeyPointResult(
                    rubric.keyPoints().get(i),
                    covered,
                    covered ? sentences.get(evidenceAt[i]) : null,
                    round(Math.max(0, evidence))));
            soft += clamp((evidence - (c.coveredAt() - c.creditFrom())) / c.creditWidth());
        }
        double coverage = k == 0 ? 0 : soft / k;
        double referenceSimilarity = semantic
                ? cosine(vectors.get().get(k + sentences.size()), vectors.get().get(k + sentences.size() + 1))
                : 0;
        double raw = c.coverageWeight() * coverage
                + c.referenceWeight() * clamp((referenceSimilarity - c.referenceFloor()) / c.referenceSpan());

        int words = TextFeatures.words(text).size();
        double factor = 1.0;
        if (words < 20) {
            factor *= 0.55;
        } else if (words < 50) {
            factor *= 0.8;
        }
        if (TextFeatures.functionWordShare(text) < 0.18 && words > 8) {
            factor *= 0.35;
        }
        Set<String> own = TextFeatures.contentStems(text);
        own.removeAll(questionStems);
        if (own.size() <= 2) {
            factor *= 0.2;
        }
        int score = (int) Math.round(100 * clamp(raw * factor));
        Feedback.Star star = rubric.behavioral() ? star(text) : null;
        return new Feedback(
                score, results, star, suggestions(rubric, results, star, words, text), "embedded", semantic);
    }

    /** Whether one candidate's sentences include the other's (candidates past the singles are adjacent pairs). */
    private static boolean nested(int a, int b, int singles) {
        if (a < 0 || b < 0) {
            return false;
        }
        if (a == b) {
            return true;
        }
        if (a >= singles && b >= singles) {
            return false;
        }
        int single = a < singles ? a : b;
        int pair = a < singles ? b - singles : a - singles;
        return single == pair || single == pair + 1;
    }

    static Feedback.Star star(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Feedback.Star(
                SITUATION.matcher(lower).find(),
                TASK.matcher(lower).find(),
                ACTION.matcher(lower).find(),
                RESULT.matcher(lower).find());
    }

    private static List<String> suggestions(
            Rubric rubric, List<Feedback.KeyPointResult> results, Feedback.Star star, int words, String text) {
        List<String> out = new ArrayList<>();
        for (Feedback.KeyPointResult r : results) {
            if (!r.covered()) {
                String where = section(rubric.referenceAnswer(), r.text());
                out.add("Add: " + r.text()
                        + (where == null ? "" : " (the model answer explains it under \"" + where + "\")"));
            }
        }
        if (star != null) {
            if (!star.situation()) {
                out.add("Set the scene: where were you, what system, what was at stake (Situation).");
            }
            if (!star.task()) {
                out.add("Say what you personally had to achieve (Task).");
            }
            if (!star.action()) {
                out.add("Describe what you did, in the first person, step by step (Action).");
            }
            if (!star.result()) {
                out.add("End with the outcome, with a number if you can, and what you learned (Result).");
            }
        }
        if (words < 50) {
            out.add("Your answer is short (" + words + (words == 1 ? " word" : " words")
                    + "): an interviewer expects the why and a concrete example.");
        } else if (words > 600) {
            out.add("Your answer is long (" + words + " words): lead with the main point, then support it.");
        }
        if (words > 250 && !text.contains("\n")) {
            out.add("Break a long answer into steps or short paragraphs so it is easy to follow.");
        }
        return out;
    }

    /** The heading of the reference answer's section that shares most words with the key point. */
    static String section(String reference, String point) {
        if (reference == null) {
            return null;
        }
        Set<String> stems = TextFeatures.contentStems(point);
        String heading = null;
        String bestHeading = null;
        int best = 0;
        for (String line : reference.split("\n")) {
            if (line.startsWith("#")) {
                heading = line.replaceAll("^#+\\s*", "").strip();
                continue;
            }
            Set<String> lineStems = TextFeatures.contentStems(line);
            int shared = (int) stems.stream().filter(lineStems::contains).count();
            if (shared > best && heading != null) {
                best = shared;
                bestHeading = heading;
            }
        }
        return best >= 2 ? bestHeading : null;
    }

    /** Inserts the pair vectors after the single sentences, keeping the answer and reference last. */
    private static List<float[]> withPairs(List<float[]> v, int points, int singles, int pairs) {
        List<float[]> out = new ArrayList<>(v.subList(0, points + singles));
        for (int i = 0; i < pairs; i++) {
            float[] a = v.get(points + i);
            float[] b = v.get(points + i + 1);
            float[] m = new float[a.length];
            double norm = 0;
            for (int d = 0; d < a.length; d++) {
                m[d] = a[d] + b[d];
                norm += m[d] * m[d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < a.length; d++) {
                m[d] = (float) (m[d] / norm);
            }
            out.add(m);
        }
        // The whole answer's vector: the mean of its sentences (one long model run saved).
        float[] answer = new float[v.get(0).length];
        for (int i = 0; i < singles; i++) {
            float[] x = v.get(points + i);
            for (int d = 0; d < answer.length; d++) {
                answer[d] += x[d];
            }
        }
        double norm = 0;
        for (float f : answer) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < answer.length; d++) {
            answer[d] = norm == 0 ? 0 : (float) (answer[d] / norm);
        }
        out.add(answer);
        out.addAll(v.subList(points + singles, v.size()));
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
