-- The events' parties in lower case (actor_key, target_key, as quotes keep speaker_key), written with each event.
-- The events view sorts by the actor's name in any case: an index of actor_key per direction (missing names last,
-- see V9) serves that sort, where LOWER(actor) was every event sorted (at 400,000 events, over a second).
ALTER TABLE events ADD COLUMN actor_key VARCHAR(1000);
ALTER TABLE events ADD COLUMN target_key VARCHAR(1000);
UPDATE events SET actor_key = LOWER(actor), target_key = LOWER(target);
CREATE INDEX events_actor_asc ON events (actor_key ASC NULLS LAST);
CREATE INDEX events_actor_desc ON events (actor_key DESC NULLS LAST);
CREATE INDEX events_target_key ON events (target_key);
CREATE INDEX events_target_code ON events (target_code);

-- Every name an event's actor or target has had, in lower case, once. A filter of a name contained in the
-- actor's or the target's (actor=, target=) looks the name up here, among few rows, and then reads the events of
-- the names found through the indexes above. Names are only added: one whose events are gone matches nothing.
CREATE TABLE party_names (
    name_key      VARCHAR(1000) PRIMARY KEY
);
INSERT INTO party_names (name_key)
SELECT actor_key FROM events WHERE actor_key IS NOT NULL
UNION
SELECT target_key FROM events WHERE target_key IS NOT NULL;

-- The events as corrected, with their parties' keys as corrected (the view of V7 with actor_key and target_key).
DROP VIEW corrected_events;
CREATE VIEW corrected_events AS
SELECT e.article_id, e.ordinal, e.event_day, e.date_precision, e.date_basis,
       COALESCE(ma.into_name, CASE WHEN c.actor_set THEN c.actor ELSE e.actor END) AS actor,
       LOWER(COALESCE(ma.into_name, CASE WHEN c.actor_set THEN c.actor ELSE e.actor END)) AS actor_key,
       CASE WHEN ma.into_code IS NOT NULL THEN ma.into_code WHEN c.actor_set THEN c.actor_code
            ELSE e.actor_code END AS actor_code,
       COALESCE(c.action, e.action) AS action, COALESCE(c.cameo, e.cameo) AS cameo,
       COALESCE(c.root, e.root) AS root, COALESCE(c.quad_class, e.quad_class) AS quad_class,
       COALESCE(c.goldstein, e.goldstein) AS goldstein,
       COALESCE(mt.into_name, CASE WHEN c.target_set THEN c.target ELSE e.target END) AS target,
       LOWER(COALESCE(mt.into_name, CASE WHEN c.target_set THEN c.target ELSE e.target END)) AS target_key,
       CASE WHEN mt.into_code IS NOT NULL THEN mt.into_code WHEN c.target_set THEN c.target_code
            ELSE e.target_code END AS target_code,
       e.location, e.text, e.start_offset, e.end_offset, e.confidence,
       e.place_name, e.place_geonames_id, e.place_country, e.place_admin1, e.place_lat, e.place_lon, e.place_precision
FROM events e
LEFT JOIN item_corrections c ON c.article_id = e.article_id AND c.item_kind = 'event'
     AND c.start_offset = e.start_offset AND c.end_offset = e.end_offset
LEFT JOIN actor_merges ma ON ma.name_key = LOWER(CASE WHEN c.actor_set THEN c.actor ELSE e.actor END)
LEFT JOIN actor_merges mt ON mt.name_key = LOWER(CASE WHEN c.target_set THEN c.target ELSE e.target END)
WHERE c.rejected IS NULL OR c.rejected = FALSE;

-- A story's page (StoryPage): its record's lists cut to their first items and sources, written with the record;
-- the page of a story of thousands of articles is a small part of its record. Migration 10.1 (StoryPages) writes
-- the pages of the stories stored before.
ALTER TABLE stories ADD COLUMN page TEXT;

-- The events as corrected, the rejected ones included and marked (rejected): the events view lists them on asking.
CREATE VIEW corrected_events_all AS
SELECT e.article_id, e.ordinal, e.event_day, e.date_precision, e.date_basis,
       COALESCE(ma.into_name, CASE WHEN c.actor_set THEN c.actor ELSE e.actor END) AS actor,
       LOWER(COALESCE(ma.into_name, CASE WHEN c.actor_set THEN c.actor ELSE e.actor END)) AS actor_key,
       CASE WHEN ma.into_code IS NOT NULL THEN ma.into_code WHEN c.actor_set THEN c.actor_code
            ELSE e.actor_code END AS actor_code,
       COALESCE(c.action, e.action) AS action, COALESCE(c.cameo, e.cameo) AS cameo,
       COALESCE(c.root, e.root) AS root, COALESCE(c.quad_class, e.quad_class) AS quad_class,
       COALESCE(c.goldstein, e.goldstein) AS goldstein,
       COALESCE(mt.into_name, CASE WHEN c.target_set THEN c.target ELSE e.target END) AS target,
       LOWER(COALESCE(mt.into_name, CASE WHEN c.target_set THEN c.target ELSE e.target END)) AS target_key,
       CASE WHEN mt.into_code IS NOT NULL THEN mt.into_code WHEN c.target_set THEN c.target_code
            ELSE e.target_code END AS target_code,
       e.location, e.text, e.start_offset, e.end_offset, e.confidence,
       e.place_name, e.place_geonames_id, e.place_country, e.place_admin1, e.place_lat, e.place_lon, e.place_precision,
       COALESCE(c.rejected, FALSE) AS rejected
FROM events e
LEFT JOIN item_corrections c ON c.article_id = e.article_id AND c.item_kind = 'event'
     AND c.start_offset = e.start_offset AND c.end_offset = e.end_offset
LEFT JOIN actor_merges ma ON ma.name_key = LOWER(CASE WHEN c.actor_set THEN c.actor ELSE e.actor END)
LEFT JOIN actor_merges mt ON mt.name_key = LOWER(CASE WHEN c.target_set THEN c.target ELSE e.target END);
