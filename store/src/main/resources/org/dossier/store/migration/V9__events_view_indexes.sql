-- The events view's outlet filter matches an outlet's whole name in any case: articles keep it in lower case
-- (outlet_key, as quotes keep speaker_key), indexed, so that the filter reads the index and not every article's
-- row, which holds its whole record (at 100,000 articles the scan took most of a second).
ALTER TABLE articles ADD COLUMN outlet_key VARCHAR(400);
UPDATE articles SET outlet_key = LOWER(outlet) WHERE outlet IS NOT NULL;
CREATE INDEX articles_outlet_key ON articles (outlet_key);

-- The events view's sorts read these indexes in order and stop after the page, instead of sorting every matching
-- event (at 400,000 events, seconds). A sort puts events without a value last both ways (NULLS LAST), so each
-- direction has its index: H2 puts nulls first in an ascending index, PostgreSQL last, and either reads an index
-- backwards only with its null order reversed. CAMEO codes are never null: one index serves both ways.
DROP INDEX events_day;
CREATE INDEX events_day_asc ON events (event_day ASC NULLS LAST);
CREATE INDEX events_day_desc ON events (event_day DESC NULLS LAST);
DROP INDEX events_confidence;
CREATE INDEX events_confidence_asc ON events (confidence ASC NULLS LAST);
CREATE INDEX events_confidence_desc ON events (confidence DESC NULLS LAST);
-- The quad class filter counts its events from an index rather than from every event's row.
CREATE INDEX events_quad_class ON events (quad_class);
-- The parties' names and codes together: a name contained in the actor's or the target's (actor=, target=) is
-- looked for in this index, a fraction of the events' rows, which hold their sentences.
CREATE INDEX events_parties ON events (actor_code, target_code, actor, target);
