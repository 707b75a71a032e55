-- Page sessions carry the account's session epoch from sign-in and are checked against it on every
-- request: raising it (password reset, "sign out everywhere" on a password change) ends them all.
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
