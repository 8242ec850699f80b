CREATE TABLE `idempotency_keys` (
	`key_hash` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`iv` text NOT NULL,
	`ciphertext` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reactions` (
	`story_id` text NOT NULL,
	`author_hash` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`story_id`, `author_hash`, `kind`),
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reactions_author` ON `reactions` (`author_hash`);--> statement-breakpoint
CREATE TABLE `replies` (
	`id` text PRIMARY KEY NOT NULL,
	`story_id` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`original_body` text,
	`lang` text DEFAULT 'en' NOT NULL,
	`author_hash` text NOT NULL,
	`author_name` text NOT NULL,
	`by_story_author` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`crisis_level` text DEFAULT 'none' NOT NULL,
	`crisis_subject` text DEFAULT 'none' NOT NULL,
	`screening` text,
	`screen_version` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`edited_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `replies_story` ON `replies` (`story_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `replies_author` ON `replies` (`author_hash`);--> statement-breakpoint
CREATE TABLE `spaces` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`i18n` text,
	`policy` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`space_slug` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`original_title` text,
	`original_body` text,
	`content_warnings` text DEFAULT '[]' NOT NULL,
	`lang` text DEFAULT 'en' NOT NULL,
	`author_hash` text NOT NULL,
	`author_name` text NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`crisis_level` text DEFAULT 'none' NOT NULL,
	`crisis_subject` text DEFAULT 'none' NOT NULL,
	`screening` text,
	`screen_version` text,
	`strength_count` integer DEFAULT 0 NOT NULL,
	`metoo_count` integer DEFAULT 0 NOT NULL,
	`thanks_count` integer DEFAULT 0 NOT NULL,
	`reply_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`edited_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`space_slug`) REFERENCES `spaces`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stories_space_recent` ON `stories` (`space_slug`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `stories_recent` ON `stories` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `stories_author` ON `stories` (`author_hash`);