package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;

/**
 * Which articles, pages, documents and the logo show an uploaded image, by its key (the stored
 * name without extension, {@code 2026/11/3f9c…e1}), read from what every save notes
 * ({@code article.image_keys}); and showing another image in their place when one is replaced.
 */
@ApplicationScoped
public class ImageUses {

    private static final Logger LOG = Logger.getLogger(ImageUses.class.getName());

    @Inject
    Database database;

    @Inject
    ContentChanges changes;

    /** For each of {@code keys}, where it is shown (none: not in the map); titles in {@code language}. */
    public Map<String, List<ImageUse>> of(Collection<String> keys, Language language) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return database.read(session -> {
            Map<String, List<ImageUse>> uses = new LinkedHashMap<>();
            for (Article article : showing(session, keys)) {
                Set<String> shown = Set.of(article.imageKeys().split(" "));
                Language titled = article.translation(language).isPresent() ? language : language.other();
                String title = article.translation(titled).map(ArticleTranslation::title).orElse("");
                for (String key : keys) {
                    if (shown.contains(key)) {
                        uses.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new ImageUse(article.id(), title, titled, article.kind(), article.isTrashed()));
                    }
                }
            }
            String logo = logoKey(session);
            if (logo != null && keys.contains(logo)) {
                uses.computeIfAbsent(logo, k -> new ArrayList<>()).add(new ImageUse(ImageUse.LOGO, "", language, null, false));
            }
            return uses;
        });
    }

    /** Whether anything shows the image {@code key}: then it may not be deleted. */
    public boolean inUse(String key) {
        return !of(List.of(key), Language.primary()).isEmpty();
    }

    /**
     * Shows {@code address} wherever the image {@code key} was shown (featured, in any body, as the
     * logo), in one change; returns how many articles changed. Revisions keep what they said: the old
     * address redirects to the new one.
     */
    public int replace(String key, String address, String by) {
        int changed = changes.inTransaction(session -> {
            Instant now = changes.now();
            List<Article> articles = showing(session, List.of(key));
            articles.forEach(article -> article.replaceImage(key, address, now));
            IdentityRow identity = session.find(IdentityRow.class, IdentityRow.THE_SITE);
            if (identity != null && identity.logo() != null && key.equals(ImageKeys.in(List.of(identity.logo())).stream()
                    .findFirst().orElse(null))) {
                identity.logo(address, by, now);
            }
            return articles.size();
        });
        LOG.info(() -> "Image " + key + " replaced by " + address + " in " + changed + " articles by " + by);
        return changed;
    }

    private static List<Article> showing(Session session, Collection<String> keys) {
        StringBuilder where = new StringBuilder();
        int i = 0;
        for (String key : keys) {
            where.append(i == 0 ? "" : " or ").append("a.imageKeys like :k").append(i++);
        }
        var query = session.createQuery("from Article a where " + where + " order by a.id desc", Article.class);
        i = 0;
        for (String key : keys) {
            query.setParameter("k" + i++, "%" + key + "%");
        }
        return query.getResultList();
    }

    private static String logoKey(Session session) {
        IdentityRow identity = session.find(IdentityRow.class, IdentityRow.THE_SITE);
        return identity == null || identity.logo() == null ? null
                : ImageKeys.in(List.of(identity.logo())).stream().findFirst().orElse(null);
    }
}
