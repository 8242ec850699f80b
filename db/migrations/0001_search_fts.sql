-- Full-text search over public stories (custom: drizzle-kit cannot express FTS5).
-- External-content table: text lives once, in `stories`; triggers keep the index in step.
-- Only the public (redacted) title and body are indexed; held, removed and deleted stories
-- are filtered out at query time by joining on status.
CREATE VIRTUAL TABLE `stories_fts` USING fts5(
	title,
	body,
	content='stories',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `stories_fts_ai` AFTER INSERT ON `stories` BEGIN
	INSERT INTO stories_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `stories_fts_ad` AFTER DELETE ON `stories` BEGIN
	INSERT INTO stories_fts(stories_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `stories_fts_au` AFTER UPDATE OF title, body ON `stories` BEGIN
	INSERT INTO stories_fts(stories_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
	INSERT INTO stories_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
