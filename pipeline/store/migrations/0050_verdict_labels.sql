-- A verdict is a training label that outlives re-analysis (which replaces the moments): the line it was
-- given on, the line before it, who spoke, and which rules (and model) version raised the flag.
-- 'added' is a supervisor marking a moment the analysis missed.
ALTER TABLE moment_reviews ADD COLUMN speaker VARCHAR;
ALTER TABLE moment_reviews ADD COLUMN start_s DOUBLE;
ALTER TABLE moment_reviews ADD COLUMN end_s DOUBLE;
ALTER TABLE moment_reviews ADD COLUMN text VARCHAR;
ALTER TABLE moment_reviews ADD COLUMN context VARCHAR;
ALTER TABLE moment_reviews ADD COLUMN rules_version VARCHAR;
