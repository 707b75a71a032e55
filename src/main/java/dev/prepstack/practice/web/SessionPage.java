package dev.prepstack.practice.web;

import dev.prepstack.practice.PracticeSessions;
import java.util.Locale;
import org.springframework.ui.Model;

/** A practice session's step as the session page's model. */
final class SessionPage {

    private SessionPage() {}

    /** {@code answer} and {@code elapsed}: the typed answer and its time, shown back when revealed. */
    static String show(boolean guest, PracticeSessions.SessionStep step, Model model, String answer, Long elapsed) {
        var progress = step.progress();
        model.addAttribute("practiceSession", step.session());
        model.addAttribute("guest", guest);
        model.addAttribute("done", progress.done());
        // Honest counters: rated once in this session, and of those, still in a learning step.
        model.addAttribute("rated", progress.rated());
        model.addAttribute("comingBack", progress.comingBack());
        model.addAttribute("remaining", progress.remaining());
        model.addAttribute("total", progress.total());
        if (step.question() == null) {
            if (progress.waiting() != null) {
                model.addAttribute("waitMinutes", progress.waitMinutes());
                model.addAttribute("waiting", progress.waiting());
            }
            return "practice/session";
        }
        model.addAttribute("question", step.question());
        model.addAttribute("again", progress.again());
        model.addAttribute("startedAt", step.at().toEpochMilli());
        if (step.revealed()) {
            if (step.feedback() != null) {
                model.addAttribute("feedback", step.feedback());
                // Pre-selected on the rating buttons; rating it is the person's call.
                if (step.suggested() != null) {
                    model.addAttribute(
                            "suggestedRating", step.suggested().name().toLowerCase(Locale.ROOT));
                }
            }
            model.addAttribute("revealed", true);
            model.addAttribute("intervals", step.intervals());
            model.addAttribute("followUpTargets", step.followUpTargets());
            model.addAttribute("answer", answer);
            model.addAttribute("elapsed", elapsed);
        }
        return "practice/session";
    }
}
