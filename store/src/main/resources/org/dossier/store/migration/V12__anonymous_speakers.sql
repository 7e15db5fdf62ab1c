-- Whether a quote's speaker is a person or people the article does not name ("a rebel source", "officials familiar
-- with the talks"), so that an analyst can tell anonymous claims from named ones. Quotes stored before this version
-- read as not anonymous (their records did not say). A speaker an analyst set by a correction to other words is
-- theirs, named; the same words keep the flag.
ALTER TABLE quotes ADD COLUMN speaker_anonymous BOOLEAN DEFAULT FALSE NOT NULL;
DROP VIEW corrected_quotes;
CREATE VIEW corrected_quotes AS
SELECT q.article_id, q.ordinal, COALESCE(m.into_name, c.speaker, q.speaker) AS speaker,
       LOWER(COALESCE(m.into_name, c.speaker, q.speaker)) AS speaker_key, q.text, q.direct, q.start_offset,
       q.end_offset,
       CASE WHEN c.speaker IS NOT NULL AND c.speaker <> q.speaker THEN FALSE ELSE q.speaker_anonymous END
           AS speaker_anonymous
FROM quotes q
LEFT JOIN item_corrections c ON c.article_id = q.article_id AND c.item_kind = 'quote'
     AND c.start_offset = q.start_offset AND c.end_offset = q.end_offset
LEFT JOIN actor_merges m ON m.name_key = LOWER(COALESCE(c.speaker, q.speaker))
WHERE c.rejected IS NULL OR c.rejected = FALSE;
