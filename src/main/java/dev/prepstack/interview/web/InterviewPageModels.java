package dev.prepstack.interview.web;

import dev.prepstack.content.Misconception;
import dev.prepstack.interview.InterviewReport;
import dev.prepstack.interview.MockInterview;
import dev.prepstack.interview.MockInterviews;
import dev.prepstack.shared.InvalidParameterException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/** The interview pages' models and form fields: what the templates show, computed from the module's answers. */
final class InterviewPageModels {

    private InterviewPageModels() {}

    /** A point of the score trend chart, in the SVG's coordinates. */
    record TrendPoint(long id, int x, int y, int score, Instant at) {}

    /** The list page: running and finished interviews, and the trend of the last finished ones. */
    static void history(Model model, List<MockInterviews.Summary> history, List<MockInterviews.Summary> trend) {
        model.addAttribute(
                "running", history.stream().filter(s -> !s.finished()).toList());
        model.addAttribute(
                "done",
                history.stream().filter(MockInterviews.Summary::finished).toList());
        trend(model, trend);
    }

    /** A report, for its owner or behind a share link, with each question's common mistakes. */
    static void report(Model model, InterviewReport report, Map<String, List<Misconception>> mistakes, boolean owner) {
        model.addAttribute("report", report);
        model.addAttribute("mistakes", mistakes);
        model.addAttribute("owner", owner);
    }

    /** The score trend chart: finished interviews, oldest first, spread over the SVG's width. */
    private static void trend(Model model, List<MockInterviews.Summary> trend) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            var s = trend.get(i);
            int x = trend.size() == 1 ? 360 : 20 + i * 680 / (trend.size() - 1);
            points.add(new TrendPoint(s.id(), x, 110 - s.score(), s.score(), s.finishedAt()));
        }
        model.addAttribute("trend", points);
        model.addAttribute(
                "trendLine",
                String.join(" ", points.stream().map(p -> p.x() + "," + p.y()).toList()));
    }

    /** The step on screen: the question or follow-up, the kept answer and the clocks. */
    static void step(Model model, MockInterview interview, Instant now) {
        model.addAttribute("nowMillis", now.toEpochMilli());
        model.addAttribute(
                "totalLeft", Duration.between(now, interview.endsAt()).toSeconds());
        model.addAttribute("overTime", now.isAfter(interview.endsAt()));
        interview.current().ifPresent(item -> {
            int followUp = interview.cursor().followUp();
            model.addAttribute("item", item);
            model.addAttribute("followUp", followUp);
            model.addAttribute(
                    "followUpText",
                    followUp > 0 && followUp <= item.followUps().size()
                            ? item.followUps().get(followUp - 1)
                            : null);
            var saved = item.answer(followUp);
            model.addAttribute("answer", saved.map(MockInterview.Answer::text).orElse(""));
            model.addAttribute("revision", saved.map(a -> a.revision() + 1).orElse(1L));
            model.addAttribute(
                    "savedAt", saved.map(MockInterview.Answer::savedAt).orElse(null));
            model.addAttribute(
                    "questionLeft", Duration.between(now, item.dueAt()).toSeconds());
            model.addAttribute("lastStep", isLastStep(interview, item, followUp));
        });
    }

    private static boolean isLastStep(MockInterview interview, MockInterview.Item item, int followUp) {
        boolean lastQuestion = item.position() == interview.questions().size() - 1;
        int followUps = item.followUpsChosen() ? item.followUps().size() : item.followUpCount();
        return lastQuestion && followUp >= followUps;
    }

    /** The start form: a list of question slugs (spaces or commas between them), else role and seniority. */
    static MockInterviews.StartCommand startCommand(String role, String seniority, String questionSlugs) {
        if (questionSlugs.length() > 2_000) {
            throw new InvalidParameterException("questionSlugs", "list at most 12 slugs");
        }
        List<String> slugs = Arrays.stream(questionSlugs.split("[\\s,]+"))
                .filter(s -> !s.isBlank())
                .toList();
        return slugs.isEmpty()
                ? new MockInterviews.StartCommand(role, seniority, null)
                : new MockInterviews.StartCommand(null, null, slugs);
    }

    static long revision(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("revision", "must be a whole number");
        }
    }

    static int number(String name, String value, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > max) {
                throw new InvalidParameterException(name, "is out of range");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
    }

    /** What a page says about bad input: a friendly sentence, never the raw exception. */
    static String friendly(InvalidParameterException e) {
        return switch (e.parameter()) {
            case "role" -> "Choose a career role.";
            case "seniority" -> "Choose junior, mid or senior.";
            case "questionSlugs" ->
                "Check your questions: " + e.getMessage().replaceFirst("^questionSlugs: ", "")
                        + ". Use the slugs from question addresses, such as cap-theorem.";
            case "answer" -> "Your answer is longer than " + MockInterviews.MAX_ANSWER + " characters; shorten it.";
            default -> "That did not work: " + e.getMessage();
        };
    }
}
