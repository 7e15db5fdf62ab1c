-- Events carry how likely they are right (the event model's probability), and what their day rests on
-- (stated, relative, reported) and how precise it is (day, week, month, year). Rows stored before have none.
ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN date_precision VARCHAR(8);
ALTER TABLE events ADD COLUMN date_basis VARCHAR(16);
CREATE INDEX events_confidence ON events (confidence);
