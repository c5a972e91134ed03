-- What the featured image shows, said in words for those who cannot see it (issue 20): per
-- translation, since each language says it in its own words. Empty: the image is decoration.
ALTER TABLE article_translation ADD COLUMN image_alt VARCHAR(300);
