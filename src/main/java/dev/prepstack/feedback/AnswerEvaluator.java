package dev.prepstack.feedback;

import dev.prepstack.content.Misconception;
import dev.prepstack.shared.UserText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in coach, evaluator 2: per key point a graded verdict (covered, partly, missed) with the
 * sentence that makes it and a confidence, a 0-100 score, STAR parts for behavioral questions, and
 * suggestions.
 *
 * <p>Deliberately small, because evaluator 1 (hard thresholds per point, multipliers for length and
 * keyword lists) fitted the answers it was calibrated on and did worse than a plain word count on
 * rubrics it had not seen. Here every decision is one smooth formula over a few measurements, and
 * each fitted number says what it was fitted on (bench/feedback-asag.sh prints the figures):
 *
 * <ul>
 *   <li>a key point's evidence is evaluator 1's (the best sentence's cosine to the point and share of
 *       its words, less negation, keyword-list and shared-sentence penalties), turned into the
 *       probability that the point is made by one fitted logistic function; a sentence that names
 *       another member of a closed set of terms, other numbers, or is nearer a known mistake about the
 *       point than the point itself is never its evidence, and is reported as a possible mistake;
 *   <li>the score is a linear regression on three answer-level measurements, fitted on graded answers
 *       to other rubrics (SAF training) and the eval set's tune half, clamped to 0-100: nothing
 *       multiplies it away for length.
 * </ul>
 */
public final class AnswerEvaluator {

    public static final int MAX_ANSWER = 20_000;

    /** Saved with every result, so old feedback keeps saying which evaluator made it. */
    public static final String VERSION = "3";

    /**
     * Below this mean verdict confidence the page says "not sure". The verdict confidence is the
     * fitted probability of the verdict, so 0.75 means about one verdict in four is expected wrong.
     */
    static final double UNSURE_BELOW = 0.75;

    // A key point's evidence is evaluator 1's, the best measured on the blind test half (key-point F1
    // 0.79): per sentence (or adjacent pair) SEMANTIC * cosine + LEXICAL * share of the point's own
    // content words, less NEGATION when exactly one of point and sentence is negated or it uses an
    // opposite word, less LIST for bare keyword lists, less SHARED per other point leaning on the same
    // sentence. These five were fitted on the tune half by evaluator 1's grid search; a rewrite with
    // fewer terms measured worse (F1 0.72-0.75 on the test half), so they stay.
    static final double SEMANTIC = 2.4;
    static final double LEXICAL = 0.9;
    static final double NEGATION = 0.4;
    static final double LIST = 0.3;
    static final double SHARED = 0.12;
    /** Points from this evidence (evaluator 1's covered level 1.48, less its margin 0.075) lean on their sentence. */
    private static final double SHARING_FROM = 1.48 - 0.075;
    // Without the model (while it loads): the lexical share alone, on its own scale.
    static final double LEX_ONLY_NEGATION = 0.25;
    // From evidence to the probability that the point is made: p = sigmoid(P0 + P1 * evidence), a
    // logistic regression on the tune half's key-point labels (bench/feedback-fit.py). No cliff: a
    // point just under a threshold moves from "covered" to "partly", and the score uses p itself.
    static final double P0 = -8.635;
    static final double P1 = 5.167;
    // Without the model (while it loads; not fitted, no labelled lexical-only runs): p = 0.5 at
    // evaluator 1's lexical covered level 0.5, about as steep per share of words as P1 per unit of evidence.
    static final double L0 = -5.0;
    static final double L1 = 10.0;
    /**
     * A point is "partly" made from this probability and "covered" from {@link #COVERED_FROM}. The
     * first maximises key-point F1 ("partly" counted as made) on the out-of-fold probabilities of a
     * 4-fold cross-validation on the tune half (F1 0.848 there); the second is the lowest where their
     * precision reaches 0.9.
     */
    static final double PARTLY_FROM = 0.32;

    static final double COVERED_FROM = 0.77;

    /**
     * A sure tick needs an uncontested sentence: a point whose best sentence is negated against it or uses
     * an opposite of one of its words, or that another sentence of the answer contradicts (another term of
     * its closed set, other numbers, a known mistake) with evidence within this margin of the best, is at
     * most "partly". The margin is the smallest of 0, 0.1, ... that brings the tune half's "wrong" answers'
     * points marked covered to 10% or less (5 of 64 at 0.2). It never changes a point's probability, so
     * neither the score nor key-point F1 ("partly" counts as made) move.
     */
    static final double RIVAL_MARGIN = 0.2;

    // The score (0-1 before scaling to 100): least squares on SAF "training" (1,476 graded answers to 18
    // networking questions) and the eval set's tune half (84), each data set weighing as one. Three
    // measurements, each of which alone tracks grades on rubrics it never saw: the answer's cosine to
    // the reference answer, the share of the reference's content words (the question's own left out) the answer uses,
    // and the mean
    // key-point probability. A fourth, the share of the answer's words that only repeat the question,
    // came out with the wrong sign (+0.44) and did not help on held-out data, so it is not used.
    static final double S0 = -0.187;
    static final double S_REF = 0.481;
    static final double S_RECALL = 0.656;
    static final double S_POINTS = 0.614;
    /** Without the model the cosine term is its mean on the fitted data (0.764): same scale, less information. */
    static final double T0 = S0 + S_REF * 0.764;

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

    /**
     * Closed sets of terms where naming another member than the key point's states something else
     * (the isolation level a database defaults to, the protocol, the consistency model). General
     * vocabulary of backend interviews, not of any one question.
     */
    private static final List<List<String>> SLOTS = List.of(
            List.of("read uncommitted", "read committed", "repeatable read", "serializable", "snapshot isolation"),
            List.of("tcp", "udp", "quic"),
            List.of("strong consistency", "eventual consistency", "causal consistency"),
            List.of("at-most-once", "at-least-once", "exactly-once"),
            List.of("o(1)", "o(log n)", "o(n)", "o(n log n)", "o(n^2)"),
            List.of("symmetric", "asymmetric"),
            List.of("lifo", "fifo"));

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])\\d+(?:\\.\\d+)?");

    private final Embedder embedder;

    public AnswerEvaluator(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * What one key point's best evidence measured. {@code rival} is the best evidence among the sentences
     * that contradict the point (another term of its closed set, other numbers, a known mistake), or
     * negative infinity; {@code turned} says the best sentence itself is negated against the point or
     * uses an opposite of one of its words.
     */
    record PointSignal(double evidence, int at, int mistake, double rival, boolean turned) {}

    /**
     * The measurements the verdicts and the score are made from (bench/feedback-asag.sh --dump writes
     * them for bench/feedback-fit.py). {@code recall} (of the key points' own words) and
     * {@code restated} are measured for the fit's alternatives only; the score does not use them.
     */
    record Signals(
            List<String> candidates,
            List<PointSignal> points,
            double referenceCosine,
            double recall,
            double referenceRecall,
            double restated,
            int words,
            boolean semantic) {}

    public Feedback evaluate(Rubric rubric, String answer) {
        // Invisible characters (zero-width spaces, bidi overrides, NUL) are no answer: the embedding
        // model refuses text without content, and a mock interview's finish failed on it every time.
        String text = UserText.clean(answer);
        int k = rubric.keyPoints().size();
        if (text.isEmpty() || TextFeatures.words(text).isEmpty()) {
            List<Feedback.KeyPointResult> none = rubric.keyPoints().stream()
                    .map(p -> new Feedback.KeyPointResult(p, false, null, 0, "missed", 1.0, null))
                    .toList();
            return new Feedback(
                    0,
                    none,
                    rubric.behavioral() ? new Feedback.Star(false, false, false, false) : null,
                    List.of("Write an answer first: even three sentences in your own words show what you know."),
                    "embedded",
                    false,
                    VERSION,
                    1.0,
                    "No answer yet.");
        }
        Signals s = signals(rubric, text);
        List<Feedback.KeyPointResult> results = new ArrayList<>();
        double pointSum = 0;
        double confidenceSum = 0;
        for (int i = 0; i < k; i++) {
            PointSignal ps = s.points().get(i);
            double p = probability(ps, s.semantic());
            pointSum += p;
            boolean contested = ps.turned() || ps.rival() >= ps.evidence() - RIVAL_MARGIN;
            // Turning a disputed "partly" into "missed" was tried (a contradiction 0.1 above the best support):
            // it took 8 bank model answers' points that discuss a common mistake to "missed", so it is not used.
            String verdict = p >= COVERED_FROM && !contested ? "covered" : p >= PARTLY_FROM ? "partly" : "missed";
            // The fitted probability of the verdict given: p that a made point is made, 1 - p that a missed one is not.
            double confidence = verdict.equals("missed") ? 1 - p : p;
            confidenceSum += confidence;
            results.add(new Feedback.KeyPointResult(
                    rubric.keyPoints().get(i),
                    !verdict.equals("missed"),
                    ps.at() < 0 || verdict.equals("missed")
                            ? null
                            : s.candidates().get(ps.at()),
                    round(p),
                    verdict,
                    round(confidence),
                    ps.mistake() < 0 ? null : s.candidates().get(ps.mistake())));
        }
        double points = k == 0 ? 0 : pointSum / k;
        // An answer with no content word beyond the question's own says nothing the question did not:
        // it earns nothing, however close in meaning it is (repeating the question is not an answer).
        Set<String> own = TextFeatures.contentStems(text);
        own.removeAll(TextFeatures.contentStems(rubric.question()));
        int score = own.isEmpty() ? 0 : (int) Math.round(100 * clamp(score(s, points)));
        double confidence = k == 0 ? 1 : round(confidenceSum / k);
        Feedback.Star star = rubric.behavioral() ? star(text) : null;
        return new Feedback(
                score,
                results,
                star,
                suggestions(rubric, results, star, s.words(), text),
                "embedded",
                s.semantic(),
                VERSION,
                confidence,
                band(score, results, s.words()));
    }

    static double probability(PointSignal ps, boolean semantic) {
        if (ps.at() < 0) {
            return 0;
        }
        double z = semantic ? P0 + P1 * ps.evidence() : L0 + L1 * ps.evidence();
        return 1 / (1 + Math.exp(-z));
    }

    /** The score before clamping and scaling, from the signals and the mean point probability. */
    static double score(Signals s, double points) {
        return (s.semantic() ? S0 + S_REF * s.referenceCosine() : T0)
                + S_RECALL * s.referenceRecall()
                + S_POINTS * points;
    }

    Signals signals(Rubric rubric, String text) {
        List<String> single = TextFeatures.sentences(text);
        if (single.isEmpty()) {
            single = List.of(text);
        }
        // A point is often made across two sentences: adjacent pairs are evidence too.
        List<String> candidates = new ArrayList<>(single);
        for (int i = 0; i + 1 < single.size() && candidates.size() < 600; i++) {
            candidates.add(single.get(i) + " " + single.get(i + 1));
        }
        int k = rubric.keyPoints().size();
        int singles = single.size();
        String reference = reference(rubric);
        // Only single sentences go through the model; a pair's vector is the mean of its two (the model
        // itself mean-pools), and so is the whole answer's.
        List<String> toEmbed = new ArrayList<>(rubric.keyPoints());
        toEmbed.addAll(single);
        toEmbed.add(truncate(reference, 1500));
        List<Misconception> mistakes = rubric.misconceptions();
        mistakes.forEach(m -> {
            toEmbed.add(m.claim());
            toEmbed.add(m.correction());
        });
        Optional<List<float[]>> embedded = embedder.embedAll(toEmbed);
        boolean semantic = embedded.isPresent();
        List<float[]> cand = new ArrayList<>();
        float[] answerVector = null;
        float[] referenceVector = null;
        if (semantic) {
            List<float[]> v = embedded.get();
            cand.addAll(v.subList(k, k + singles));
            for (int i = 0; i + 1 < singles && cand.size() < candidates.size(); i++) {
                cand.add(mean(List.of(v.get(k + i), v.get(k + i + 1))));
            }
            answerVector = mean(v.subList(k, k + singles));
            referenceVector = v.get(k + singles);
        }

        Set<String> questionStems = TextFeatures.contentStems(rubric.question());
        List<Set<String>> candidateStems =
                candidates.stream().map(TextFeatures::contentStems).toList();
        List<Boolean> candidateNegated =
                candidates.stream().map(TextFeatures::negated).toList();
        // A bare list of terms (few function words overall) explains nothing, however many terms match.
        boolean listLike = TextFeatures.functionWordShare(text) < 0.2
                && TextFeatures.words(text).size() > 6;
        double negationPenalty = semantic ? NEGATION : LEX_ONLY_NEGATION;
        double[] best = new double[k];
        int[] at = new int[k];
        int[] mistakeAt = new int[k];
        double[] rival = new double[k];
        boolean[] turned = new boolean[k];
        Set<String> pointVocabulary = new HashSet<>();
        for (int i = 0; i < k; i++) {
            String point = rubric.keyPoints().get(i);
            Set<String> pointStems = TextFeatures.contentStems(point);
            pointVocabulary.addAll(pointStems);
            // The question's own words prove nothing about the point, unless they are all it has.
            Set<String> specific = new HashSet<>(pointStems);
            specific.removeAll(questionStems);
            if (specific.isEmpty()) {
                specific = pointStems;
            }
            boolean pointNegated = TextFeatures.negated(point);
            best[i] = Double.NEGATIVE_INFINITY;
            at[i] = -1;
            mistakeAt[i] = -1;
            double mistakeBest = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < candidates.size(); c++) {
                Set<String> stems = new HashSet<>(candidateStems.get(c));
                stems.removeAll(questionStems.stream()
                        .filter(q -> !pointStems.contains(q))
                        .toList());
                double lexical = specific.isEmpty()
                        ? 0
                        : (double) specific.stream().filter(stems::contains).count() / specific.size();
                double cosine = semantic ? dot(embedded.get().get(i), cand.get(c)) : 0;
                double evidence = semantic ? SEMANTIC * cosine + LEXICAL * lexical : lexical;
                String sentence = candidates.get(c);
                // A negated sentence against a positive point turns the claim around; the reverse (the point
                // says "not only X", the sentence says X) still makes the point's positive part.
                boolean turnedAround =
                        (candidateNegated.get(c) && !pointNegated) || TextFeatures.contradicts(point, sentence);
                if (turnedAround) {
                    evidence -= negationPenalty;
                }
                if (listLike
                        || (TextFeatures.words(sentence).size() > 4
                                && TextFeatures.functionWordShare(sentence) < 0.12)) {
                    evidence -= LIST;
                }
                // Another term of the same closed set, other numbers, or a bank common mistake about the point
                // restated: the sentence says something else, so it is never the point's evidence.
                boolean contradicts = otherSlot(point, sentence)
                        || (semantic
                                && statesMistake(i, cosine, cand.get(c), mistakes, embedded.get(), k + singles + 1));
                if (contradicts) {
                    if (evidence > mistakeBest) {
                        mistakeBest = evidence;
                        mistakeAt[i] = c;
                    }
                } else if (evidence > best[i]) {
                    best[i] = evidence;
                    at[i] = c;
                    turned[i] = turnedAround;
                }
            }
            rival[i] = mistakeBest;
            if (mistakeBest <= best[i]) {
                // A contradicting sentence is reported only when it is the answer's main claim on the point.
                mistakeAt[i] = -1;
            }
        }
        // One sentence that is the best evidence for several key points at once is usually a general
        // remark about the topic, not each point made: every other point leaning on it costs some evidence.
        double sharingFrom = semantic ? SHARING_FROM : Double.POSITIVE_INFINITY;
        List<PointSignal> points = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int sharing = 0;
            for (int j = 0; j < k; j++) {
                if (j != i && best[j] >= sharingFrom && nested(at[i], at[j], singles)) {
                    sharing++;
                }
            }
            points.add(new PointSignal(
                    at[i] < 0 ? 0 : best[i] - SHARED * sharing, at[i], mistakeAt[i], rival[i], turned[i]));
        }

        Set<String> answerStems = TextFeatures.contentStems(text);
        Set<String> target = new HashSet<>(pointVocabulary);
        target.removeAll(questionStems);
        if (target.isEmpty()) {
            target = pointVocabulary;
        }
        double recall = target.isEmpty()
                ? 0
                : (double) target.stream().filter(answerStems::contains).count() / target.size();
        double restated = answerStems.isEmpty()
                ? 1
                : (double) answerStems.stream().filter(questionStems::contains).count() / answerStems.size();
        // The question's own words prove nothing (repeating the question earns nothing), unless they are
        // all the reference has.
        Set<String> referenceStems = TextFeatures.contentStems(reference);
        if (!questionStems.containsAll(referenceStems)) {
            referenceStems.removeAll(questionStems);
        }
        double referenceRecall = referenceStems.isEmpty()
                ? 0
                : (double) referenceStems.stream().filter(answerStems::contains).count() / referenceStems.size();
        return new Signals(
                candidates,
                points,
                semantic ? dot(answerVector, referenceVector) : 0,
                recall,
                referenceRecall,
                restated,
                TextFeatures.words(text).size(),
                semantic);
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

    /** The reference answer, or the key points joined when there is none. */
    static String reference(Rubric rubric) {
        return rubric.referenceAnswer() == null || rubric.referenceAnswer().isBlank()
                ? String.join(" ", rubric.keyPoints())
                : rubric.referenceAnswer();
    }

    /**
     * The sentence's claim is about another member of a closed set than the point's (the first member
     * each names differs and the sentence never names the point's), or about other numbers.
     */
    static boolean otherSlot(String point, String sentence) {
        String p = " " + String.join(" ", TextFeatures.words(point)) + " ";
        String s = " " + String.join(" ", TextFeatures.words(sentence)) + " ";
        for (List<String> slot : SLOTS) {
            String pointFirst = firstMember(p, slot);
            String sentenceFirst = firstMember(s, slot);
            if (pointFirst != null
                    && sentenceFirst != null
                    && !pointFirst.equals(sentenceFirst)
                    && !s.contains(" " + pointFirst + " ")) {
                return true;
            }
        }
        Set<String> pointNumbers = numbers(point);
        Set<String> sentenceNumbers = numbers(sentence);
        return !pointNumbers.isEmpty()
                && !sentenceNumbers.isEmpty()
                && pointNumbers.stream().noneMatch(sentenceNumbers::contains);
    }

    private static String firstMember(String text, List<String> slot) {
        String first = null;
        int at = Integer.MAX_VALUE;
        for (String term : slot) {
            int i = text.indexOf(" " + term + " ");
            if (i >= 0 && i < at) {
                at = i;
                first = term;
            }
        }
        return first;
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The sentence is nearer a known mistake about this point than both the point and the mistake's
     * correction. (Nearer the mistake than the point alone flagged 59 of the bank's 456 own summaries:
     * a correct sentence about a common mistake is near it too, and nearer still to its correction.)
     */
    private static boolean statesMistake(
            int point, double cosine, float[] sentence, List<Misconception> mistakes, List<float[]> v, int from) {
        for (int m = 0; m < mistakes.size(); m++) {
            double claim = dot(v.get(from + 2 * m), sentence);
            if (mistakes.get(m).keyPoint() == point
                    && claim > cosine
                    && claim > dot(v.get(from + 2 * m + 1), sentence)) {
                return true;
            }
        }
        return false;
    }

    /** What the page leads with, before any number. */
    static String band(int score, List<Feedback.KeyPointResult> results, int words) {
        long made = results.stream().filter(Feedback.KeyPointResult::covered).count();
        String firstMissing = results.stream()
                .filter(r -> !r.covered())
                .map(Feedback.KeyPointResult::text)
                .findFirst()
                .orElse(null);
        boolean mistake = results.stream().anyMatch(r -> r.mistake() != null && !r.covered());
        if (mistake) {
            return "Some claims sound like a known mistake: check them against the model answer.";
        }
        if (made == results.size() && score >= 70) {
            return "Strong answer: every key point is made.";
        }
        if (made == 0) {
            return score >= 25
                    ? "On topic, but no key point is clearly made yet."
                    : "This does not answer the question yet.";
        }
        if (words <= 80) {
            return "Solid short answer" + (firstMissing == null ? "." : ": add depth on " + lower(firstMissing));
        }
        return "Good start: " + made + " of " + results.size() + " key points made"
                + (firstMissing == null ? "." : "; add " + lower(firstMissing));
    }

    private static String lower(String s) {
        String t = s.strip();
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1) + ".";
    }

    static Feedback.Star star(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Feedback.Star(
                SITUATION.matcher(lower).find(),
                TASK.matcher(lower).find(),
                ACTION.matcher(lower).find(),
                RESULT.matcher(lower).find());
    }

    static List<String> suggestions(
            Rubric rubric, List<Feedback.KeyPointResult> results, Feedback.Star star, int words, String text) {
        List<String> out = new ArrayList<>();
        for (Feedback.KeyPointResult r : results) {
            if (r.mistake() != null && !r.covered()) {
                out.add("Check: \"" + r.mistake() + "\" sounds like a common mistake; the point is: " + r.text());
            } else if (!r.covered()) {
                String where = section(rubric.referenceAnswer(), r.text());
                out.add("Add: " + r.text()
                        + (where == null ? "" : " (the model answer explains it under \"" + where + "\")"));
            } else if ("partly".equals(r.verdict())) {
                out.add("Make it explicit: " + r.text());
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

    private static float[] mean(List<float[]> vectors) {
        float[] m = new float[vectors.get(0).length];
        for (float[] x : vectors) {
            for (int d = 0; d < m.length; d++) {
                m[d] += x[d];
            }
        }
        double norm = 0;
        for (float f : m) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < m.length; d++) {
            m[d] = norm == 0 ? 0 : (float) (m[d] / norm);
        }
        return m;
    }

    static double dot(float[] a, float[] b) {
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
