package vn.saola.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import vn.saola.content.ArticleStatus;
import vn.saola.content.ArticleTranslation;

/**
 * Only translations of published articles are in the index: a draft, or an article taken back
 * to draft, can never be found. (A scheduled article is indexed and filtered out by its time.)
 */
public class PublishedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("article.status");
        context.bridge(ArticleTranslation.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<ArticleTranslation> {

        @Override
        public void route(DocumentRoutes routes, Object id, ArticleTranslation translation,
                RoutingBridgeRouteContext context) {
            if (translation.article().status() == ArticleStatus.PUBLISHED) {
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
