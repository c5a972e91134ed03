package vn.saola.platform;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mvc.engine.ViewEngine;
import jakarta.servlet.ServletContext;

import org.eclipse.krazo.engine.ViewEngineConfig;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import vn.saola.i18n.BundleMessageResolver;

/**
 * The Thymeleaf engine Krazo renders with. It replaces krazo-thymeleaf 3.0.0's default producer,
 * which has no hook for message resolvers (so {@code #{…}} could not reach our i18n bundles), and
 * turns on template caching, which that producer leaves to Thymeleaf's defaults.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TemplateEngineSetup {

    @Inject
    ServletContext servletContext;

    private volatile TemplateEngine engine;

    /**
     * One engine for the application (its template cache must be shared), handed out as a
     * dependent bean: TemplateEngine has final methods, so CDI cannot proxy it.
     */
    @Produces
    @ViewEngineConfig
    public TemplateEngine templateEngine() {
        TemplateEngine built = engine;
        if (built == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = build();
                }
                built = engine;
            }
        }
        return built;
    }

    private TemplateEngine build() {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(servletContext);

        // Krazo hands the engine full paths (/WEB-INF/views/site/home.html) ...
        WebApplicationTemplateResolver views = new WebApplicationTemplateResolver(application);
        views.setOrder(1);
        views.setCheckExistence(true);
        configure(views);

        // ... while fragments are named short (site/layout), relative to the views folder.
        WebApplicationTemplateResolver fragments = new WebApplicationTemplateResolver(application);
        fragments.setOrder(2);
        fragments.setPrefix(ViewEngine.DEFAULT_VIEW_FOLDER);
        fragments.setSuffix(".html");
        configure(fragments);

        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(views);
        engine.addTemplateResolver(fragments);
        engine.addMessageResolver(new BundleMessageResolver());
        return engine;
    }

    private static void configure(WebApplicationTemplateResolver resolver) {
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
    }
}
