-- Remembered sign-ins (signed cookies) issued before this time are refused: signing out ends the
-- user's sessions everywhere, and an admin can end them by the same means.
ALTER TABLE users ADD COLUMN sessions_valid_after TIMESTAMP;
