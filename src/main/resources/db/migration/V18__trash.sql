-- The trash (issue 21): a deleted article, page or document keeps its row, translations, revisions
-- and addresses with status TRASHED until it is restored (to the status it had) or purged.
ALTER TABLE article ADD COLUMN trashed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN trashed_by VARCHAR(100);
ALTER TABLE article ADD COLUMN status_before_trash VARCHAR(20);
