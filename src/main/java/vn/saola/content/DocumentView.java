package vn.saola.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;

/**
 * One translation of a published document, with the register's facts about it ({@code facts} is
 * null while its register entry is not filled), the address of each translation, and its files.
 */
public record DocumentView(long articleId, Language language, String title, String summary, String bodyHtml,
        Instant publishedAt, Instant updatedAt, Map<Language, String> urls, DocumentFacts facts,
        List<AttachmentLink> attachments, List<Citation> linkedBy) {

    public String url() {
        return urls.get(language);
    }
}
