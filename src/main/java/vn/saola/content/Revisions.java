package vn.saola.content;

import java.time.Instant;

import org.hibernate.Session;

/**
 * Saving new words into a translation: the words it replaces are archived as a revision first,
 * and a published translation's old address keeps leading to it.
 */
final class Revisions {

    private Revisions() {
    }

    /** @return false when nothing changed (no revision is made for a save that changes nothing) */
    static boolean save(Session session, ArticleTranslation translation, String title, String slug, String summary,
            String bodyHtml, String by, Instant now) {
        if (!translation.differsFrom(title, slug, summary, bodyHtml)) {
            return false;
        }
        session.persist(new ArticleRevision(translation));
        String oldSlug = translation.slug();
        if (!oldSlug.equals(slug)) {
            moveAddress(session, translation, oldSlug, slug);
        }
        translation.rewrite(title, slug, summary, bodyHtml, by, now);
        translation.article().touch(now);
        return true;
    }

    private static void moveAddress(Session session, ArticleTranslation translation, String oldSlug, String newSlug) {
        String lang = translation.language().code();
        // The new address is the article's own now, even if it once led elsewhere.
        SlugRedirect reclaimed = session.find(SlugRedirect.class, new SlugRedirect.Key(lang, newSlug));
        if (reclaimed != null) {
            session.remove(reclaimed);
        }
        if (translation.status() == TranslationStatus.PUBLISHED
                && session.find(SlugRedirect.class, new SlugRedirect.Key(lang, oldSlug)) == null) {
            session.persist(new SlugRedirect(lang, oldSlug, translation.article().id()));
        }
    }
}
