package vn.saola.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;

/**
 * One translation of a published page, with what its page needs around it: the address of each
 * translation ({@code urls}), the pages above it ({@code breadcrumbs}, the top one first) and the
 * published pages right under it, and the documents listed under its text.
 */
public record PageView(long articleId, Language language, String title, String summary, String bodyHtml,
        Instant updatedAt, Map<Language, String> urls, List<PageLink> breadcrumbs, List<PageLink> children,
        List<AttachmentLink> attachments) {

    public String url() {
        return urls.get(language);
    }
}
