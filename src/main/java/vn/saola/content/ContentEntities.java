package vn.saola.content;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.api.migration.JavaMigration;

import vn.saola.platform.PersistenceContributor;

/**
 * The content model's tables: categories, articles and pages with their translations, revisions
 * and old addresses and attachments, the site's identity and its menus.
 */
@ApplicationScoped
public class ContentEntities implements PersistenceContributor {

    @Override
    public List<Class<?>> entities() {
        return List.of(Category.class, CategoryTranslation.class, Article.class, ArticleTranslation.class,
                ArticleRevision.class, SlugRedirect.class, IdentityRow.class, IdentityText.class, MenuItem.class,
                MenuSetting.class, Attachment.class, DocumentTerm.class, DocumentRecord.class, OldAddress.class);
    }

    @Override
    public List<JavaMigration> migrations() {
        return List.of(new CategoryNameKeys(), new ImageKeysOfArticles());
    }
}
