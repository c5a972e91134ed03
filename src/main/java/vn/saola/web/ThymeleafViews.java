package vn.saola.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.krazo.engine.ViewEngineBase;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import vn.saola.i18n.BundleMessageResolver;

/**
 * Renders Krazo's {@code *.html} views with Thymeleaf (which escapes {@code th:text} by default).
 *
 * <p>Our own engine rather than krazo-thymeleaf 3.0.0's, measured: that one writes each page one
 * byte at a time through four stream wrappers and looks up every CDI bean on every render,
 * which held an article page to about 290 requests/s on two cores; rendering into a buffer and
 * writing it in one call, with only the {@code mvc} bean exposed, is what the views need.
 * It also has no hook for message resolvers, so {@code #{…}} could not reach our i18n bundles.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class ThymeleafViews extends ViewEngineBase {

    /** The variable a page rendered without a request's exchange names the application's path by. */
    public static final String CONTEXT_PATH = "contextPath";

    private static final int TYPICAL_PAGE = 32 * 1024;

    @Inject
    ServletContext servletContext;

    @Inject
    MvcContext mvc;

    @Inject
    AssetFiles assets;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

    @PostConstruct
    void createEngine() {
        application = JakartaServletWebApplication.buildApplication(servletContext);

        // Krazo hands over full paths (/WEB-INF/views/site/home.html) ...
        WebApplicationTemplateResolver views = resolver(1);
        views.setCheckExistence(true);
        // ... while fragments are named short (site/layout), relative to the views folder.
        WebApplicationTemplateResolver fragments = resolver(2);
        fragments.setPrefix(ViewEngine.DEFAULT_VIEW_FOLDER);
        fragments.setSuffix(".html");

        engine = new TemplateEngine();
        engine.addTemplateResolver(views);
        engine.addTemplateResolver(fragments);
        engine.addMessageResolver(new BundleMessageResolver());
        engine.setLinkBuilder(new AssetLinks(assets));
    }

    private WebApplicationTemplateResolver resolver(int order) {
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setOrder(order);
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        return resolver;
    }

    /** The engine, for pages rendered outside a controller (error pages). */
    public TemplateEngine engine() {
        return engine;
    }

    @Override
    public boolean supports(String view) {
        return view.endsWith(".html");
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        HttpServletRequest request = context.getRequest(HttpServletRequest.class);
        HttpServletResponse response = context.getResponse(HttpServletResponse.class);
        Charset charset = resolveCharsetAndSetContentType(context);

        Map<String, Object> variables = new HashMap<>(context.getModels().asMap());
        variables.put("mvc", mvc);
        WebContext web = new WebContext(application.buildExchange(request, response), context.getLocale(), variables);

        StringWriter page = new StringWriter(TYPICAL_PAGE);
        engine.process(resolveView(context), web, page);
        try {
            context.getOutputStream().write(page.toString().getBytes(charset));
        } catch (IOException e) {
            throw new ViewEngineException(e);
        }
    }

    /** Where the application is, for {@link #CONTEXT_PATH}. */
    public String contextPath() {
        return servletContext.getContextPath();
    }
}
