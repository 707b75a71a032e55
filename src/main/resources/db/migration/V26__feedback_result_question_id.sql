-- Saved feedback names its question by id, as every other table does (V1's rule), instead of by slug:
-- a renamed question keeps its feedback. Old slugs are found through the slug history; feedback on a
-- pasted rubric has no question.
ALTER TABLE feedback_result ADD COLUMN question_id BIGINT;
UPDATE feedback_result SET question_id = COALESCE(
    (SELECT q.id FROM question q WHERE q.slug = feedback_result.question_slug),
    (SELECT h.question_id FROM question_slug_history h WHERE h.old_slug = feedback_result.question_slug))
  WHERE question_slug IS NOT NULL;
ALTER TABLE feedback_result ADD CONSTRAINT feedback_result_question FOREIGN KEY (question_id) REFERENCES question (id);
DROP INDEX feedback_result_account;
ALTER TABLE feedback_result DROP COLUMN question_slug;
CREATE INDEX feedback_result_account ON feedback_result (account_id, question_id);
