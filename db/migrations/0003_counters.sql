-- Denormalised counters on stories, kept by the database so they stay right whichever
-- code path (author, moderator, cron) changes a reaction or a reply's status.
CREATE TRIGGER `reactions_count_ai` AFTER INSERT ON `reactions` BEGIN
	UPDATE stories SET
		strength_count = strength_count + (new.kind = 'strength'),
		metoo_count = metoo_count + (new.kind = 'metoo'),
		thanks_count = thanks_count + (new.kind = 'thanks')
	WHERE id = new.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `reactions_count_ad` AFTER DELETE ON `reactions` BEGIN
	UPDATE stories SET
		strength_count = max(0, strength_count - (old.kind = 'strength')),
		metoo_count = max(0, metoo_count - (old.kind = 'metoo')),
		thanks_count = max(0, thanks_count - (old.kind = 'thanks'))
	WHERE id = old.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `replies_count_ai` AFTER INSERT ON `replies` WHEN new.status = 'published' BEGIN
	UPDATE stories SET reply_count = reply_count + 1 WHERE id = new.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `replies_count_au` AFTER UPDATE OF status ON `replies` WHEN (old.status = 'published') != (new.status = 'published') BEGIN
	UPDATE stories SET reply_count = max(0, reply_count + (CASE WHEN new.status = 'published' THEN 1 ELSE -1 END)) WHERE id = new.story_id;
END;
