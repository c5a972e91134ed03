package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.saola.i18n.Language;

/** The records pages are fed, made from the entities (which never leave content). */
final class ContentViews {

    private ContentViews() {
    }

    /** {@code numbers}: the address of each published document by its number's key, for the links in the body. */
    static ArticleView view(ArticleTranslation t, Map<String, String> numbers, Instant now) {
        Article a = t.article();
        Map<Language, String> urls = new EnumMap<>(Language.class);
        // The switcher and hreflang name only the languages the public can read now.
        a.translations().stream().filter(other -> alternate(other, t, now))
                .forEach(other -> urls.put(other.language(), other.language().articlePath(other.slug())));
        return new ArticleView(a.id(), a.importId(), t.language(), t.title(), t.summary(),
                DocumentNumbers.linked(t.bodyHtml(), numbers::get),
                a.author(), a.publishedAt(), t.updatedAt(), link(a.category(), t.language()),
                Collections.unmodifiableMap(urls), a.featuredImage(), t.imageAlt(),
                a.attachmentLinks(t.language()), linkedDocuments(a, t.language(), now, true));
    }

    /**
     * Whether a page in {@code shown}'s language names {@code other} as its version in another
     * language (switcher, hreflang): only when the public can read it now. The page's own language
     * is always named, a preview's too.
     */
    static boolean alternate(ArticleTranslation other, ArticleTranslation shown, Instant now) {
        return other == shown || other.isPublic(now);
    }

    /**
     * The documents {@code article} links, newest issued first, titled in {@code language} (else in
     * the other); only those the public sees, written in {@code language}, when {@code publicOnly}.
     */
    static List<LinkedDocument> linkedDocuments(Article article, Language language, Instant now, boolean publicOnly) {
        List<LinkedDocument> linked = new ArrayList<>();
        for (Article document : article.linkedDocuments()) {
            if (document.isTrashed()) {
                continue;
            }
            if (publicOnly && !document.isPublicIn(language, now)) {
                continue;
            }
            Language shown = document.translation(language).isPresent() ? language : language.other();
            document.translation(shown).ifPresent(t -> {
                DocumentFacts facts = document.existingRecord().map(DocumentRecord::facts).orElse(null);
                linked.add(new LinkedDocument(document.id(), facts == null ? "" : facts.number(), t.title(),
                        shown.documentPath(t.slug()), facts == null ? null : facts.issuedOn()));
            });
        }
        linked.sort(Comparator.comparing(LinkedDocument::issuedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LinkedDocument::articleId, Comparator.reverseOrder()));
        return linked;
    }

    /** A page with the links around it the public can follow as of {@code now}: its parents and the pages under it. */
    static PageView page(ArticleTranslation t, PageTree tree, Instant now, Map<String, String> numbers) {
        long id = t.article().id();
        Language language = t.language();
        return new PageView(id, language, t.title(), t.summary(), DocumentNumbers.linked(t.bodyHtml(), numbers::get),
                t.updatedAt(), tree.visibleUrls(id, language, now),
                tree.visibleAncestors(id, language, now), tree.visibleUnder(id, language, now),
                t.article().attachmentLinks(language));
    }

    static CategoryLink link(Category category, Language language) {
        Map<Language, String> urls = new EnumMap<>(Language.class);
        category.translations().forEach(ct -> urls.put(ct.language(), ct.language().categoryPath(ct.slug())));
        String name = category.nameIn(language);
        String slug = category.translation(language).map(CategoryTranslation::slug).orElse(null);
        return new CategoryLink(category.id(), name, slug, urls.get(language), Collections.unmodifiableMap(urls));
    }
}
