package vn.saola.stats;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.saola.i18n.Language;
import vn.saola.security.ClientAddress;

/**
 * Counts the public pages (everything under a language prefix) once they have been answered:
 * only then is it known whether the answer was a 200 HTML page. Assets, the admin and the API
 * live elsewhere and are never counted. Mapped in web.xml, which puts it after the security
 * filters and before the kept pages.
 */
public class CountingFilter extends HttpFilter {

    private static final String ARTICLE = CountingFilter.class.getName() + ".article";
    private static final Logger LOG = Logger.getLogger(CountingFilter.class.getName());

    @Inject
    ViewCounter counter;

    @Inject
    ClientAddress clientAddress;

    private final CountingRules rules = new CountingRules(BotList.configured());

    /** Called by the article page: this view counts to the article as well as to the site. */
    public static void articleShown(HttpServletRequest request, long articleId) {
        request.setAttribute(ARTICLE, articleId);
    }

    /** The article this request's page shows, if it is an article page. */
    public static Long shownArticle(HttpServletRequest request) {
        return (Long) request.getAttribute(ARTICLE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!counter.isCounting()) {
            chain.doFilter(request, response);
            return;
        }
        counter.answering();
        try {
            chain.doFilter(request, response);
            count(request, response);
        } finally {
            counter.answered();
        }
    }

    private void count(HttpServletRequest request, HttpServletResponse response) {
        String purpose = firstOf(request, "Sec-Purpose", "Purpose", "X-Purpose", "X-Moz");
        String userAgent = request.getHeader("User-Agent");
        if (!rules.isView(request.getMethod(), response.getStatus(), response.getContentType(), userAgent, purpose)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Language language = path.startsWith("/en/") ? Language.EN : Language.VI;
        try {
            counter.record(language, (Long) request.getAttribute(ARTICLE), clientAddress.of(request), userAgent);
        } catch (RuntimeException e) {
            // The page is already on its way to the reader; a counting failure must not touch it.
            LOG.log(Level.WARNING, "A view could not be counted", e);
        }
    }

    private static String firstOf(HttpServletRequest request, String... names) {
        for (String name : names) {
            String value = request.getHeader(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
