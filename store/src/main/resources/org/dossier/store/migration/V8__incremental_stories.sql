-- Stories grow with each article added instead of being rebuilt from all articles (see StoryUpdates). Which story
-- of the clusterer each clustered article joined and is in now, in the order clustered; the merges the last
-- batch's end showed (second looks of small stories, shown but not made, so the next batch goes on as one stream
-- would); and the clusterer's saved state in parts. A store of an earlier version has none: its stories are built
-- again, once, at the next ingest.
CREATE TABLE story_members (
    article_id    VARCHAR(64)  PRIMARY KEY REFERENCES articles (id),
    clustered_at  BIGINT       NOT NULL UNIQUE,        -- 1, 2, ... in the order clustered
    joined        VARCHAR(32)  NOT NULL,               -- the clusterer's story it joined when clustered
    cluster_id    VARCHAR(32)  NOT NULL,               -- the clusterer's story it is in now (after merges)
    duplicate_of  VARCHAR(64)
);
CREATE INDEX story_members_cluster ON story_members (cluster_id);

CREATE TABLE story_second_looks (
    ordinal       INTEGER      PRIMARY KEY,
    from_cluster  VARCHAR(32)  NOT NULL,
    into_cluster  VARCHAR(32)  NOT NULL
);

CREATE TABLE clustering_state (
    part          INTEGER      PRIMARY KEY,
    data          BYTEA        NOT NULL
);

-- The story list is ordered by size, then id (a story's id names its first article): the order size_rank held,
-- which a story that grows would have to renumber for all others.
ALTER TABLE stories DROP COLUMN size_rank;
CREATE INDEX stories_by_size ON stories (article_count DESC, id);
