CREATE TABLE `ai_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`post_type` text NOT NULL,
	`post_id` text NOT NULL,
	`provider` text NOT NULL,
	`flagged` integer NOT NULL,
	`categories` text NOT NULL,
	`raised` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_id` text,
	`actor_handle` text,
	`action` text NOT NULL,
	`queue_item_id` text,
	`post_type` text,
	`post_id` text,
	`before` text,
	`after` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `audit_item` ON `audit_events` (`queue_item_id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `author_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`author_hash` text NOT NULL,
	`kind` text NOT NULL,
	`post_type` text,
	`post_id` text,
	`body` text NOT NULL,
	`country` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer
);
--> statement-breakpoint
CREATE INDEX `author_messages_inbox` ON `author_messages` (`author_hash`,`read_at`);--> statement-breakpoint
CREATE TABLE `dead_letters` (
	`id` text PRIMARY KEY NOT NULL,
	`queue` text NOT NULL,
	`body` text NOT NULL,
	`error` text NOT NULL,
	`attempts` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `invites` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`created_by` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `moderators` (
	`id` text PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`invited_by` text,
	`disabled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `moderators_handle_unique` ON `moderators` (`handle`);--> statement-breakpoint
CREATE TABLE `partners` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`allowed_origins` text NOT NULL,
	`theme` text NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`default_space` text,
	`spaces` text,
	`resources` text,
	`policy` text,
	`api_key_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `queue_items` (
	`id` text PRIMARY KEY NOT NULL,
	`post_type` text NOT NULL,
	`post_id` text NOT NULL,
	`story_id` text NOT NULL,
	`space_slug` text NOT NULL,
	`partner_slug` text,
	`author_hash` text NOT NULL,
	`lang` text DEFAULT 'en' NOT NULL,
	`reason` text NOT NULL,
	`source` text NOT NULL,
	`sources` text NOT NULL,
	`priority` integer NOT NULL,
	`reasons` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution` text,
	`false_alarm` integer DEFAULT false NOT NULL,
	`claimed_by` text,
	`claim_expires_at` integer,
	`escalated` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`first_action_at` integer,
	`closed_at` integer,
	`notified_at` integer
);
--> statement-breakpoint
CREATE INDEX `queue_open` ON `queue_items` (`status`,`priority`,`created_at`);--> statement-breakpoint
CREATE INDEX `queue_post` ON `queue_items` (`post_type`,`post_id`,`status`);--> statement-breakpoint
CREATE INDEX `queue_author` ON `queue_items` (`author_hash`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`post_type` text NOT NULL,
	`post_id` text NOT NULL,
	`reporter_hash` text NOT NULL,
	`reason` text NOT NULL,
	`details` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_once` ON `reports` (`post_type`,`post_id`,`reporter_hash`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`moderator_id` text NOT NULL,
	`csrf_token` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_moderator` ON `sessions` (`moderator_id`);--> statement-breakpoint
ALTER TABLE `stories` ADD `partner_slug` text;