package dev.prepstack.hiring.web;

import dev.prepstack.hiring.Drill;
import dev.prepstack.hiring.DrillRating;
import dev.prepstack.shared.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The drill page's forms: {@code rating.A.I} (1-4) and {@code reason.A.I} for answer A and the kit's
 * attribute I (from 0); the owner's reference ratings are {@code ref.A.I}. Blank ratings are left out,
 * so the rules in {@link Drill} say what is missing.
 */
final class DrillForm {

    private DrillForm() {}

    static List<DrillRating> ratings(Drill drill, MultiValueMap<String, String> form, String prefix) {
        List<DrillRating> out = new ArrayList<>();
        for (Drill.Answer a : drill.answers()) {
            for (int i = 0; i < drill.attributes().size(); i++) {
                String value = form.getFirst(prefix + "." + a.position() + "." + i);
                if (value == null || value.isBlank()) {
                    continue;
                }
                out.add(new DrillRating(
                        a.position(),
                        drill.attributes().get(i),
                        number(value),
                        form.getFirst("reason." + a.position() + "." + i)));
            }
        }
        return out;
    }

    /** The answers typed into the new-drill form (answer.1 to answer.8); blanks are skipped. */
    static List<String> answers(MultiValueMap<String, String> form) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String text = form.getFirst("answer." + i);
            if (text != null && !text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    static Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("ratings", "each rating must be 1, 2, 3 or 4");
        }
    }
}
