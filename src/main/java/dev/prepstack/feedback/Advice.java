package dev.prepstack.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the result says in words: the band it leads with, the STAR parts, and the suggestions. */
final class Advice {

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

    private Advice() {}

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
}
