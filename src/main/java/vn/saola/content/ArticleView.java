package vn.saola.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;

/**
 * One translation of a published article, with what its page needs around it: its category and
 * the address of each translation that exists ({@code urls}), for the switcher and hreflang links,
 * the path of its featured image (or null) with its text alternative in this language (or null:
 * decoration), and the documents listed under its text.
 */
public record ArticleView(long articleId, String importId, Language language, String title, String summary,
        String bodyHtml, String author, Instant publishedAt, Instant updatedAt, CategoryLink category,
        Map<Language, String> urls, String featuredImage,
        String featuredImageAlt, List<AttachmentLink> attachments, List<LinkedDocument> documents) {

    public String url() {
        return urls.get(language);
    }
}
