-- Days are stored as DATE, no longer as their ISO text (VARCHAR), so that the store hands out and compares days and
-- nothing re-parses what it wrote. The day columns of articles (published), events (event_day), figures
-- (figure_day) and stories (first_day, last_day) get a DATE beside them here; migration 11.1 (DaysAsDates) fills
-- it from the text, in Java, reading each value as the records' days are read (an ISO date, or the day of an ISO
-- timestamp an earlier version may have stored); 11.2 puts the new columns in the old ones' place. Written in the
-- SQL that both H2 and PostgreSQL accept (PostgreSQL would not cast VARCHAR to DATE in place without USING, which
-- H2 does not take).
ALTER TABLE articles ADD COLUMN published_date DATE;
ALTER TABLE events ADD COLUMN event_date DATE;
ALTER TABLE figures ADD COLUMN figure_date DATE;
ALTER TABLE stories ADD COLUMN first_date DATE;
ALTER TABLE stories ADD COLUMN last_date DATE;
