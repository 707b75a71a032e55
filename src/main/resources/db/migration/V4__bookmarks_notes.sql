-- Bookmarks and private notes on questions.

CREATE TABLE practice_bookmark (
    account_id  BIGINT NOT NULL REFERENCES account (id),
    question_id BIGINT NOT NULL REFERENCES question (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, question_id)
);

CREATE TABLE practice_note (
    account_id  BIGINT         NOT NULL REFERENCES account (id),
    question_id BIGINT         NOT NULL REFERENCES question (id),
    text        VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, question_id)
);
