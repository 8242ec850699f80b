-- An idempotency record is completed once. The completion is written in the same batch as
-- the post it answers for, so when two attempts with one Idempotency-Key race (a retry after
-- a lost response, a double click), the second completion aborts its whole batch: the post
-- is stored exactly once, and the loser replays the winner's response.
CREATE TRIGGER idempotency_completes_once
BEFORE UPDATE OF status ON idempotency_keys
WHEN OLD.status <> 0
BEGIN
  SELECT RAISE(ABORT, 'idempotency key already completed');
END;
