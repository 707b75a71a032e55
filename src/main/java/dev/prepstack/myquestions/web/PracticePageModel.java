package dev.prepstack.myquestions.web;

import dev.prepstack.myquestions.MixedPractice;
import dev.prepstack.myquestions.OwnPractice;
import dev.prepstack.myquestions.PracticeSource;
import dev.prepstack.shared.InvalidParameterException;
import java.util.List;
import org.springframework.ui.Model;

/** What the practice page's two controllers (own cards, bank cards met in the mixed queue) share. */
final class PracticePageModel {

    private PracticePageModel() {}

    /** The practice page again, in the queue the form came from. */
    static String back(String from) {
        return "both".equals(from) ? "redirect:/my-questions/practice?from=both" : "redirect:/my-questions/practice";
    }

    /** An unknown filter is the default one on a page (the API says what is wrong). */
    static PracticeSource source(String from) {
        try {
            return PracticeSource.parse(from);
        } catch (InvalidParameterException e) {
            return PracticeSource.MINE;
        }
    }

    /** The line over the card: the filter, and what is waiting. */
    static void summary(
            Model model,
            OwnPractice practice,
            MixedPractice mixed,
            long accountId,
            PracticeSource source,
            List<MixedPractice.Item> queue) {
        model.addAttribute("from", source.slug());
        OwnPractice.Summary own = practice.summary(accountId);
        if (source == PracticeSource.BOTH) {
            List<MixedPractice.Item> q = queue != null ? queue : mixed.queue(accountId, PracticeSource.BOTH, 100);
            long due = q.stream().filter(i -> i.due() != null).count();
            model.addAttribute("waiting", due + " due, yours and the bank's · " + own.fresh() + " new of yours");
        } else {
            model.addAttribute("waiting", own.due() + " due · " + own.fresh() + " new");
        }
    }
}
