package dev.prepstack.feedback.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The answer a page has just checked, waiting in the person's session for the coach's stream. Only
 * plain values are kept (sessions may live in Redis), and only the latest check: a page shows one
 * result at a time, so an older job would never be read.
 */
record CoachJob(String id, String slug, String question, List<String> keyPoints, String referenceAnswer, String answer)
        implements Serializable {

    private static final String ATTRIBUTE = "prepstack.coach-job";

    static CoachJob forQuestion(String slug, String answer) {
        return new CoachJob(UUID.randomUUID().toString(), slug, null, null, null, answer);
    }

    static CoachJob forRubric(String question, List<String> keyPoints, String referenceAnswer, String answer) {
        return new CoachJob(
                UUID.randomUUID().toString(), null, question, new ArrayList<>(keyPoints), referenceAnswer, answer);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The job with this id, removed from the session so that each check reaches the coach once. */
    static CoachJob take(HttpSession session, String id) {
        if (session == null) {
            return null;
        }
        if (session.getAttribute(ATTRIBUTE) instanceof CoachJob job && job.id().equals(id)) {
            session.removeAttribute(ATTRIBUTE);
            return job;
        }
        return null;
    }
}
