CREATE TABLE `abuse_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
