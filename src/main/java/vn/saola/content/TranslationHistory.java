package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * A translation's past: its revisions (viewed and restored), and — for a translation made from
 * the other language — what changed in that source since the revision it was translated from.
 */
@ApplicationScoped
public class TranslationHistory {

    @Inject
    ContentChanges changes;

    @Inject
    Database database;

    /** One revision of a translation's words; {@code current} for the one the translation holds now. */
    public record Revision(int number, String title, String slug, String summary, String bodyHtml, String savedBy,
            Instant savedAt, boolean current) {
    }

    /** What changed in the source between the revision translated and its current one, as plain text. */
    public record SourceChange(Language source, int translatedRevision, int currentRevision, String before,
            String after) {
    }

    /** Newest first, the current revision included. */
    public List<Revision> revisions(long articleId, Language language) {
        return database.read(session -> {
            List<Revision> revisions = new ArrayList<>();
            Article article = session.get(Article.class, articleId);
            if (article == null || article.translation(language).isEmpty()) {
                return revisions;
            }
            revisions.add(current(article.translation(language).get()));
            session.createQuery("from ArticleRevision r where r.articleId = :id and r.language = :lang"
                            + " order by r.revision desc", ArticleRevision.class)
                    .setParameter("id", articleId).setParameter("lang", language.code()).getResultList()
                    .forEach(r -> revisions.add(archived(r)));
            return revisions;
        });
    }

    public Optional<Revision> revision(long articleId, Language language, int number) {
        return database.read(session -> revision(session, articleId, language, number));
    }

    /** Saves revision {@code number}'s words as the newest revision (the address stays as it is now). */
    public boolean restore(long articleId, Language language, int number, String by) {
        return changes.inTransaction(session -> {
            Optional<Revision> old = revision(session, articleId, language, number);
            if (old.isEmpty() || old.get().current()) {
                return false;
            }
            ArticleTranslation translation = ArticleEditing.article(session, articleId).translation(language).orElseThrow();
            return Revisions.save(session, translation, old.get().title(), translation.slug(), old.get().summary(),
                    old.get().bodyHtml(), by, changes.now());
        });
    }

    /** The editor has checked the source's changes: this translation renders its current revision. */
    public void markUpToDate(long articleId, Language language) {
        changes.inTransaction(session -> {
            ArticleTranslation translation = ArticleEditing.article(session, articleId).translation(language)
                    .orElseThrow(() -> new EditRefused("article", "editor.error.gone"));
            if (translation.sourceLanguage() != null) {
                translation.article().translation(translation.sourceLanguage())
                        .ifPresent(source -> translation.translatedFrom(source.language(), source.revision()));
            }
            return null;
        });
    }

    /** Present only while the translation is outdated. */
    public Optional<SourceChange> sourceChange(long articleId, Language language) {
        return database.read(session -> {
            Article article = session.get(Article.class, articleId);
            if (article == null) {
                return Optional.<SourceChange>empty();
            }
            Optional<ArticleTranslation> translation = article.translation(language);
            if (translation.isEmpty() || !translation.get().isOutdated()) {
                return Optional.<SourceChange>empty();
            }
            Language sourceLanguage = translation.get().sourceLanguage();
            int from = translation.get().sourceRevision();
            ArticleTranslation source = article.translation(sourceLanguage).orElseThrow();
            String before = revision(session, articleId, sourceLanguage, from)
                    .map(r -> ArticleBody.readableText(r.title(), r.summary(), r.bodyHtml())).orElse("");
            return Optional.of(new SourceChange(sourceLanguage, from, source.revision(),
                    before, ArticleBody.readableText(source.title(), source.summary(), source.bodyHtml())));
        });
    }

    private static Optional<Revision> revision(Session session, long articleId, Language language,
            int number) {
        Article article = session.get(Article.class, articleId);
        if (article == null || article.translation(language).isEmpty()) {
            return Optional.empty();
        }
        ArticleTranslation translation = article.translation(language).get();
        if (translation.revision() == number) {
            return Optional.of(current(translation));
        }
        return Optional.ofNullable(session.find(ArticleRevision.class,
                new ArticleRevision.Key(articleId, language.code(), number))).map(TranslationHistory::archived);
    }

    private static Revision current(ArticleTranslation t) {
        return new Revision(t.revision(), t.title(), t.slug(), t.summary(), t.bodyHtml(), t.updatedBy(), t.updatedAt(), true);
    }

    private static Revision archived(ArticleRevision r) {
        return new Revision(r.revision(), r.title(), r.slug(), r.summary(), r.bodyHtml(), r.savedBy(), r.savedAt(), false);
    }
}
