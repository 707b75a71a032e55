-- Mock interviews score follow-up answers (issue 22): a JSON list with one entry per follow-up
-- asked, written when the interview finishes: how it was scored (its own short answer or the bank
-- question it points to), the model answer and the evaluator's feedback, or why it was not scored.
-- Null for interviews that finished before follow-ups were scored, and for running ones.
ALTER TABLE mock_interview_question ADD COLUMN follow_up_scores_json VARCHAR(100000);
