-- Sources under each answer (a JSON list of {title, url}) and the date its version-sensitive facts
-- were last checked against them. Follow-ups (follow_ups_json) now hold {question, answer,
-- keyPoints, see} objects; rows written before keep plain strings, and both read.
ALTER TABLE question ADD COLUMN sources_json VARCHAR(5000) DEFAULT '[]' NOT NULL;
ALTER TABLE question ADD COLUMN verified_on DATE;
