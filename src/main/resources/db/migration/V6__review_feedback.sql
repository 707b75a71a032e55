-- The coach's feedback on an answer written during practice, kept with the review.
ALTER TABLE practice_review ADD COLUMN feedback_score INT;
ALTER TABLE practice_review ADD COLUMN feedback_json VARCHAR(40000);
