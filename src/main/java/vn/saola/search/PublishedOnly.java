package vn.saola.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import vn.saola.content.ArticleStatus;
import vn.saola.content.ArticleTranslation;
import vn.saola.content.TranslationStatus;

/**
 * Only published translations of articles out of the trash are in the index: a draft, a
 * translation awaiting approval or one taken down can never be found. (A scheduled one is indexed
 * and filtered out by its time, {@code visible_from}.)
 */
public class PublishedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status").use("article.status");
        context.bridge(ArticleTranslation.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<ArticleTranslation> {

        @Override
        public void route(DocumentRoutes routes, Object id, ArticleTranslation translation,
                RoutingBridgeRouteContext context) {
            if (translation.status() == TranslationStatus.PUBLISHED && translation.article().status() == ArticleStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, ArticleTranslation translation,
                RoutingBridgeRouteContext context) {
            // It may have been published before: make sure an old document is removed.
            routes.addRoute();
        }
    }
}
