-- Editorial review, second part: suggestions cover every field of a question, and an editor can
-- resolve the conflict of a revision with a newer shipped file. Portable SQL (H2 and PostgreSQL).

-- The fields beyond title, summary, key points and answer (follow-ups, common mistakes, sources,
-- tags, level) as JSON; null for suggestions sent before they were editable.
ALTER TABLE editorial_suggestion ADD COLUMN more_json VARCHAR(40000);

-- The shipped file's content hash whose conflict with this revision an editor resolved by taking
-- the shipped file: the conflict is not shown again until the shipped file changes once more.
ALTER TABLE editorial_revision ADD COLUMN resolved_hash VARCHAR(64);
