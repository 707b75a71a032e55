package dev.prepstack.home;

import dev.prepstack.account.AccountUser;
import dev.prepstack.interview.MockInterviews;
import dev.prepstack.practice.InterviewPlans;
import dev.prepstack.practice.Progress;
import dev.prepstack.practice.ProgressReport;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home (the landing page forwards signed-in people here; new accounts start here). */
@Controller
class HomePageController {

    /** Finished mock interviews read for the trend: the last one against the mean of those before. */
    static final int TREND_SIZE = 5;

    private final ProgressReport progress;
    private final MockInterviews interviews;
    private final InterviewPlans plans;

    HomePageController(ProgressReport progress, MockInterviews interviews, InterviewPlans plans) {
        this.progress = progress;
        this.interviews = interviews;
        this.plans = plans;
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal AccountUser user, Model model) {
        Progress p = progress.of(user.id());
        List<MockInterviews.Summary> finished = interviews.finished(user.id(), TREND_SIZE);
        model.addAttribute("name", user.displayName());
        model.addAttribute("progress", p);
        model.addAttribute("mock", HomeView.mock(finished));
        model.addAttribute("nextStep", HomeView.nextStep(p.pathSteps()));
        model.addAttribute(
                "plan", plans.upcoming(user.id()).stream().findFirst().orElse(null));
        return "home/home";
    }
}
