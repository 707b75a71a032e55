package dev.prepstack.hiring.web;

import dev.prepstack.hiring.CustomQuestion;
import dev.prepstack.hiring.CustomQuestionDraft;

/**
 * The custom question form as typed: the key points and follow-ups one per line. The rules live in
 * {@link CustomQuestionDraft}, which refuses every problem at once.
 */
record CustomQuestionForm(String title, String keyPoints, String followUps, String referenceAnswer) {

    static CustomQuestionForm empty() {
        return new CustomQuestionForm("", "", "", "");
    }

    static CustomQuestionForm of(CustomQuestion question) {
        return new CustomQuestionForm(
                question.title(),
                String.join("\n", question.keyPoints()),
                String.join("\n", question.followUps()),
                question.referenceAnswer() == null ? "" : question.referenceAnswer());
    }

    CustomQuestionDraft draft() {
        return new CustomQuestionDraft(
                title,
                CustomQuestionDraft.splitLines(keyPoints),
                CustomQuestionDraft.splitLines(followUps),
                referenceAnswer);
    }
}
