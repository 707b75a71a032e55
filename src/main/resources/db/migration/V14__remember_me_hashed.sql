-- Remember-me tokens are stored as SHA-256 hashes from now on. Logins remembered before held their
-- token in clear; they are dropped (those people sign in once more) rather than kept readable.
DELETE FROM persistent_logins;
