-- Weaker evidence shown apart as "possible": never counted in scores, reasons or any figure.
ALTER TABLE moments ADD COLUMN possible BOOLEAN DEFAULT false;
