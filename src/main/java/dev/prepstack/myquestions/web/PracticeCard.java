package dev.prepstack.myquestions.web;

import dev.prepstack.catalog.Question;
import dev.prepstack.myquestions.OwnQuestion;
import java.util.List;
import org.springframework.web.util.UriUtils;

/** The card the practice page shows, an own question or a bank one, with where its two forms go. */
record PracticeCard(
        boolean mine, String title, String level, List<String> keyPoints, String revealPath, String reviewPath) {

    static PracticeCard of(OwnQuestion q) {
        return new PracticeCard(
                true,
                q.title(),
                q.level(),
                q.keyPoints(),
                "/my-questions/" + q.id() + "/reveal",
                "/my-questions/" + q.id() + "/review");
    }

    static PracticeCard of(Question q) {
        String path = "/my-questions/practice/bank/" + UriUtils.encodePathSegment(q.slug(), "UTF-8");
        return new PracticeCard(
                false,
                q.title(),
                q.level().name().toLowerCase(java.util.Locale.ROOT),
                q.keyPoints(),
                path + "/reveal",
                path + "/review");
    }
}
