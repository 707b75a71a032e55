package dev.prepstack.interview.web;

import dev.prepstack.interview.MockInterview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The API's JSON views of a mock interview: the documented fields, mapped from the module's types. */
final class MockInterviewViews {

    private MockInterviewViews() {}

    record QuestionView(
            String slug, String title, String kind, String topic, String level, int timeLimitSeconds, Instant dueAt) {}

    record StartResponse(
            long id,
            String role,
            String seniority,
            Instant startedAt,
            int timeLimitSeconds,
            Instant endsAt,
            List<QuestionView> questions) {}

    record AnswerView(int followUp, String question, String answer, long revision, Instant savedAt, boolean late) {}

    record ItemView(
            String slug,
            String title,
            String kind,
            String topic,
            String level,
            int timeLimitSeconds,
            Instant dueAt,
            List<String> followUps,
            List<AnswerView> answers) {}

    record InterviewView(
            long id,
            String role,
            String seniority,
            Instant startedAt,
            int timeLimitSeconds,
            Instant endsAt,
            Instant finishedAt,
            Integer score,
            Instant serverTime,
            List<ItemView> questions) {}

    static StartResponse started(MockInterview i) {
        return new StartResponse(
                i.id(),
                i.role(),
                i.seniority() == null ? null : i.seniority().slug(),
                i.startedAt(),
                i.timeLimitSeconds(),
                i.endsAt(),
                i.questions().stream()
                        .map(q -> new QuestionView(
                                q.slug(),
                                q.title(),
                                q.kind().slug(),
                                q.topic(),
                                q.level().slug(),
                                q.timeLimitSeconds(),
                                q.dueAt()))
                        .toList());
    }

    static InterviewView of(MockInterview i, Instant serverTime) {
        List<ItemView> items = new ArrayList<>();
        for (MockInterview.Item q : i.questions()) {
            List<AnswerView> answers = q.answers().values().stream()
                    .sorted(Comparator.comparingInt(MockInterview.Answer::followUp))
                    .map(a -> new AnswerView(
                            a.followUp(),
                            a.followUp() == 0 || a.followUp() > q.followUps().size()
                                    ? q.title()
                                    : q.followUps().get(a.followUp() - 1),
                            a.text(),
                            a.revision(),
                            a.savedAt(),
                            a.late()))
                    .toList();
            items.add(new ItemView(
                    q.slug(),
                    q.title(),
                    q.kind().slug(),
                    q.topic(),
                    q.level().slug(),
                    q.timeLimitSeconds(),
                    q.dueAt(),
                    q.followUps(),
                    answers));
        }
        return new InterviewView(
                i.id(),
                i.role(),
                i.seniority() == null ? null : i.seniority().slug(),
                i.startedAt(),
                i.timeLimitSeconds(),
                i.endsAt(),
                i.finishedAt(),
                i.score(),
                serverTime,
                items);
    }
}
