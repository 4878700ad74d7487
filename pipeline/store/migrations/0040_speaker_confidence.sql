-- How sure the estimated agent/customer roles of a mono call are (0-1); NULL when the channels say.
ALTER TABLE calls ADD COLUMN speaker_confidence DOUBLE;
