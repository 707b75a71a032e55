package dev.prepstack.hiring.web;

import dev.prepstack.hiring.Kit;
import dev.prepstack.hiring.KitItem;
import dev.prepstack.hiring.Scorecard;
import dev.prepstack.hiring.ScorecardDraft;
import dev.prepstack.hiring.Verdict;
import dev.prepstack.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;

/** The scorecard page's form: "covered.N", "asked.N", "notes.N", "transcript.N", "rating.A", "reason.A". */
final class ScorecardForm {

    private ScorecardForm() {}

    /** The draft the form describes for the kit version the scorecard uses. */
    static ScorecardDraft draft(Kit kit, MultiValueMap<String, String> form) {
        List<Scorecard.Answer> answers = new ArrayList<>();
        for (KitItem item : kit.items()) {
            int p = item.position();
            answers.add(new Scorecard.Answer(
                    p,
                    indexes(form.get("covered." + p)),
                    indexes(form.get("asked." + p)),
                    form.getFirst("notes." + p),
                    form.getFirst("transcript." + p)));
        }
        List<Scorecard.AttributeRating> ratings = new ArrayList<>();
        for (int a = 0; a < kit.attributes().size(); a++) {
            Verdict rating = Verdict.parse("ratings", form.getFirst("rating." + a));
            String reason = form.getFirst("reason." + a);
            if (rating != null || (reason != null && !reason.isBlank())) {
                ratings.add(new Scorecard.AttributeRating(kit.attributes().get(a), rating, reason));
            }
        }
        return new ScorecardDraft(
                answers,
                ratings,
                Verdict.parse("recommendation", form.getFirst("recommendation")),
                form.getFirst("summary"));
    }

    /**
     * Puts the draft's gaps beside their fields ("rating.A", "reason.A", "recommendation") when the
     * interviewer tried to submit; a saved draft may have gaps.
     */
    static void reject(BindingResult binding, Kit kit, List<ScorecardDraft.Gap> gaps, boolean submitting) {
        if (!submitting) {
            return;
        }
        for (ScorecardDraft.Gap gap : gaps) {
            String attribute = gap.attribute() < 0 ? "" : kit.attributes().get(gap.attribute());
            Object[] args = {attribute};
            switch (gap.need()) {
                case RATING -> binding.rejectValue("rating." + gap.attribute(), "hiring.scorecard.rating", args, null);
                case REASON -> binding.rejectValue("reason." + gap.attribute(), "hiring.scorecard.reason", args, null);
                case RECOMMENDATION ->
                    binding.rejectValue("recommendation", "hiring.scorecard.recommendation", args, null);
            }
        }
    }

    static int position(String value) {
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("answers", "key points and questions are chosen by number");
        }
    }

    private static List<Integer> indexes(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String v : values) {
            out.add(position(v));
        }
        return out;
    }
}
