-- Common wrong claims per question, from the content files (a JSON list of {claim, correction, keyPoint}).
ALTER TABLE question ADD COLUMN misconceptions_json VARCHAR(20000) DEFAULT '[]' NOT NULL;
