-- Each language is published on its own (issue 21): a translation has its own status and the time
-- the public sees it from. The article's status stays as the summary of its translations (published
-- when one of them is) and its publication time as the earliest of theirs, so lists keep their order.
ALTER TABLE article_translation ADD COLUMN status VARCHAR(20) DEFAULT 'DRAFT' NOT NULL;
ALTER TABLE article_translation ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

-- What was public stays public in every language it was written in; what was taken down stays down.
UPDATE article_translation SET status = 'PUBLISHED',
    published_at = (SELECT a.published_at FROM article a WHERE a.id = article_translation.article_id)
WHERE article_id IN (SELECT id FROM article WHERE status = 'PUBLISHED'
    OR (status = 'TRASHED' AND status_before_trash = 'PUBLISHED'));
UPDATE article_translation SET status = 'UNPUBLISHED',
    published_at = (SELECT a.published_at FROM article a WHERE a.id = article_translation.article_id)
WHERE status = 'DRAFT' AND article_id IN (SELECT id FROM article WHERE published_at IS NOT NULL
    AND (status = 'DRAFT' OR (status = 'TRASHED' AND status_before_trash = 'DRAFT')));

-- The next scheduled publication is the earliest time to come among published translations.
CREATE INDEX ix_article_translation_status ON article_translation (status, published_at);


-- Approval: a contributor sends a translation for approval; an editor approves it or returns it
-- with a note the author reads. An edit of a published translation waits beside the public words.
ALTER TABLE article_translation ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article_translation ADD COLUMN submitted_by VARCHAR(100);
ALTER TABLE article_translation ADD COLUMN review_note VARCHAR(1000);
ALTER TABLE article_translation ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE article_translation ADD COLUMN pending_title VARCHAR(500);
ALTER TABLE article_translation ADD COLUMN pending_summary VARCHAR(2000);
ALTER TABLE article_translation ADD COLUMN pending_body_html VARCHAR(1000000);
ALTER TABLE article_translation ADD COLUMN pending_by VARCHAR(100);
ALTER TABLE article_translation ADD COLUMN pending_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_article_translation_submitted ON article_translation (submitted_at);

-- Where the approval work is told by e-mail (optional: notifications are off until SMTP is set up).
ALTER TABLE account ADD COLUMN email VARCHAR(254);
