package dev.prepstack.hiring.web;

import dev.prepstack.hiring.Organisations;
import dev.prepstack.hiring.Scorecards;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The models of the hiring home and an organisation's page, shared by the controllers whose forms
 * live on them, so a refused form is shown again on its own page with its errors.
 */
@Component
class HiringPages {

    private final Organisations organisations;
    private final Scorecards scorecards;

    HiringPages(Organisations organisations, Scorecards scorecards) {
        this.organisations = organisations;
        this.scorecards = scorecards;
    }

    String home(long me, Model model) {
        Organisations.Workspace workspace = organisations.workspace(me);
        model.addAttribute("organisations", workspace.organisations());
        model.addAttribute("current", workspace.current().orElse(null));
        if (workspace.current().isPresent()) {
            model.addAttribute("kits", workspace.kits());
            model.addAttribute("candidates", workspace.candidates());
            // Who scored each candidate and what they recommend, as far as this viewer may see.
            model.addAttribute(
                    "status",
                    workspace.candidates().stream()
                            .collect(Collectors.toMap(c -> c.id(), c -> scorecards.forCandidate(me, c.id()))));
        }
        addIfAbsent(model, "organisationForm", NameForm.empty());
        addIfAbsent(model, "candidateForm", NameForm.empty());
        return "hiring/home";
    }

    String organisation(long me, long id, Model model) {
        Organisations.Overview overview = organisations.overview(me, id);
        model.addAttribute("organisation", overview.organisation());
        model.addAttribute("members", overview.members());
        model.addAttribute("activity", overview.activity());
        model.addAttribute("me", me);
        if (overview.organisation().owner()) {
            model.addAttribute("invites", overview.invites());
        }
        addIfAbsent(model, "inviteForm", InviteForm.empty());
        return "hiring/organisation";
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
