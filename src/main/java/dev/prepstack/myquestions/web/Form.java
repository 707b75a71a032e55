package dev.prepstack.myquestions.web;

import dev.prepstack.myquestions.OwnQuestion;
import dev.prepstack.myquestions.OwnQuestionDraft;

record Form(Long id, String title, String answer, String keyPoints, String followUps, String tags, String level) {

    static Form empty() {
        return new Form(null, "", "", "", "", "", "");
    }

    static Form of(OwnQuestion q) {
        return new Form(
                q.id(),
                q.title(),
                q.answer(),
                String.join("\n", q.keyPoints()),
                String.join("\n", q.followUps()),
                String.join(", ", q.tags()),
                q.level() == null ? "" : q.level());
    }

    OwnQuestionDraft draft() {
        return new OwnQuestionDraft(
                title,
                answer,
                OwnQuestionDraft.lines(keyPoints),
                OwnQuestionDraft.lines(followUps),
                OwnQuestionDraft.commaSeparated(tags),
                level);
    }
}
