-- The day columns, each value an ISO date or null since 11.1, become DATE (see V11); then the events' day indexes of
-- V9 and the views of V10 (corrected_events, corrected_events_all) and V7 (corrected_figures) are made again as
-- they were.
ALTER TABLE articles ALTER COLUMN published SET DATA TYPE DATE USING CAST(published AS DATE);
ALTER TABLE events ALTER COLUMN event_day SET DATA TYPE DATE USING CAST(event_day AS DATE);
ALTER TABLE figures ALTER COLUMN figure_day SET DATA TYPE DATE USING CAST(figure_day AS DATE);
ALTER TABLE stories ALTER COLUMN first_day SET DATA TYPE DATE USING CAST(first_day AS DATE);
ALTER TABLE stories ALTER COLUMN last_day SET DATA TYPE DATE USING CAST(last_day AS DATE);

CREATE INDEX events_day_asc ON events (event_day ASC NULLS LAST);
CREATE INDEX events_day_desc ON events (event_day DESC NULLS LAST);

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

CREATE VIEW corrected_figures AS
SELECT f.article_id, f.ordinal, f.amount, f.qualifier, f.unit, f.what,
       COALESCE(m.into_name, f.reported_by) AS reported_by, f.figure_day, f.text, f.start_offset, f.end_offset,
       f.place_name, f.place_geonames_id, f.place_country, f.place_admin1, f.place_lat, f.place_lon, f.place_precision
FROM figures f
LEFT JOIN item_corrections c ON c.article_id = f.article_id AND c.item_kind = 'figure'
     AND c.start_offset = f.start_offset AND c.end_offset = f.end_offset
LEFT JOIN actor_merges m ON m.name_key = LOWER(f.reported_by)
WHERE c.rejected IS NULL OR c.rejected = FALSE;
