package vn.saola.web;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/** Thymeleaf's links ({@code @{/assets/saola.css}}) to assets, written with their fingerprinted names. */
final class AssetLinks extends StandardLinkBuilder {

    private final AssetFiles assets;

    AssetLinks(AssetFiles assets) {
        this.assets = assets;
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        return super.processLink(context, assets.link(link));
    }

    /** Error pages are rendered without a request's exchange (site/ErrorPages): they name the path themselves. */
    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        if (context instanceof IWebContext) {
            return super.computeContextPath(context, base, parameters);
        }
        Object path = context.getVariable(ThymeleafViews.CONTEXT_PATH);
        return path == null ? "" : path.toString();
    }
}
