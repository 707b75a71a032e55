/**
 * Your own questions: a signed-in person writes questions (title, Markdown answer, key points,
 * follow-ups, tags, level) or imports them (CSV, the bank's Markdown format, Anki packages), practises
 * them with the same FSRS scheduling as the bank (alone or in one queue with the bank's due cards),
 * checks answers against their own key points and exports them again (CSV, Markdown, Anki).
 *
 * <p>Visibility: a question belongs to the account that made it and only that account sees it;
 * anyone else's question is "not found", in the API, the pages, practice and feedback.
 *
 * <p>Entry points: {@link dev.prepstack.myquestions.OwnQuestions} (writing and reading), {@link
 * dev.prepstack.myquestions.OwnPractice} (reviews and answer feedback), {@link
 * dev.prepstack.myquestions.MixedPractice} (own and bank cards in one queue, read through the catalog's
 * and practice's APIs), {@link
 * dev.prepstack.myquestions.OwnQuestionImports} (preview and import), {@link
 * dev.prepstack.myquestions.OwnQuestionExports} and {@link dev.prepstack.myquestions.QuestionSets} (sets
 * shared read-only with an organisation, copied by its members, turned into kit custom questions by
 * interviewers through the hiring module's API). Own questions keep their cards and reviews in tables
 * of their own, scheduled by the practice module's FSRS-6 with the person's parameters and retention,
 * so the bank's practice tables keep meaning "a bank question".
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "My questions",
        allowedDependencies = {"account", "catalog", "content", "practice", "feedback", "hiring", "shared"})
package dev.prepstack.myquestions;
