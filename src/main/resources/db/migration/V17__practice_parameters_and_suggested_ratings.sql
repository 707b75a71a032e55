-- Your own memory model: FSRS-6 parameters fitted to a person's own reviews, and the last optimisation
-- run with its comparison. No row, or a row without parameters, means the FSRS-6 defaults.
CREATE TABLE practice_parameters (
    account_id         BIGINT NOT NULL PRIMARY KEY REFERENCES account (id),
    -- 21 numbers, comma-separated; NULL: the defaults
    parameters         VARCHAR(1000),
    adopted_at         TIMESTAMP WITH TIME ZONE,
    -- false after "go back to the defaults": the monthly job leaves the person alone until they optimise again
    automatic          BOOLEAN NOT NULL,
    run_at             TIMESTAMP WITH TIME ZONE,
    run_trigger        VARCHAR(8),
    run_outcome        VARCHAR(24),
    run_reviews        INT,
    current_log_loss   DOUBLE PRECISION,
    candidate_log_loss DOUBLE PRECISION,
    current_rmse       DOUBLE PRECISION,
    candidate_rmse     DOUBLE PRECISION
);

-- Ratings from the answer: the rating the feedback on a typed answer suggested (NULL: no typed answer,
-- or the evaluator was unsure); the rating chosen stays in "rating".
ALTER TABLE practice_review ADD COLUMN suggested_rating VARCHAR(8);
