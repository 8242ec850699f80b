CREATE TABLE `sign_in_throttle` (
	`handle_hash` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE INDEX `reports_reporter` ON `reports` (`reporter_hash`,`created_at`);