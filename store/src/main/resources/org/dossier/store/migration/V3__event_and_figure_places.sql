-- Events and figures carry the place where they happened, resolved against the gazetteer (see ArticleRecord's
-- PlaceRecord): its name, GeoNames id (of a populated place), ISO 3166-1 alpha-2 country, GeoNames admin1 code,
-- coordinates and ACLED-like precision (1 place, 2 part of or near a place, 3 admin area, 4 country). A name the
-- text gives that was not resolved has only place_name. Rows stored before have none; migration V4 fills them
-- from the article records that hold places.
ALTER TABLE events ADD COLUMN place_name VARCHAR(1000);
ALTER TABLE events ADD COLUMN place_geonames_id BIGINT;
ALTER TABLE events ADD COLUMN place_country VARCHAR(8);
ALTER TABLE events ADD COLUMN place_admin1 VARCHAR(20);
ALTER TABLE events ADD COLUMN place_lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN place_lon DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN place_precision INTEGER;
CREATE INDEX events_place_area ON events (place_country, place_admin1);
CREATE INDEX events_place_lat ON events (place_lat);

ALTER TABLE figures ADD COLUMN place_name VARCHAR(1000);
ALTER TABLE figures ADD COLUMN place_geonames_id BIGINT;
ALTER TABLE figures ADD COLUMN place_country VARCHAR(8);
ALTER TABLE figures ADD COLUMN place_admin1 VARCHAR(20);
ALTER TABLE figures ADD COLUMN place_lat DOUBLE PRECISION;
ALTER TABLE figures ADD COLUMN place_lon DOUBLE PRECISION;
ALTER TABLE figures ADD COLUMN place_precision INTEGER;
