package vn.saola.site;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.i18n.Language;
import vn.saola.site.CounterSlots.Slot;
import vn.saola.site.CounterSlots.SplitPage;
import vn.saola.stats.CountingFilter;

/**
 * Render once, serve many: an anonymous reader's public page is rendered the first time and
 * answered from memory ({@link PageMemory}) until something it shows changes, with the view
 * counts of the moment filled in ({@link CounterSlots}). A request with a session or credentials
 * (an editor, a tool) is rendered as it always was and keeps nothing, and nothing about one
 * answer (a cookie, a CSRF token) is ever kept for the next reader.
 *
 * <p>It runs inside {@link CountingFilter} (web.xml orders them), so a page served from memory is
 * counted like any other.
 */
public class KeptPages extends HttpFilter {

    /** Set on a request whose page is rendered to be kept: its counters are written as slots. */
    static final String KEEPING = KeptPages.class.getName() + ".keeping";

    /** Larger answers are not kept (a sitemap of 50,000 addresses, say): they would crowd out the pages. */
    private static final int LARGEST_KEPT = 2 * 1024 * 1024;

    @Inject
    PageMemory memory;

    @Inject
    PageCounters counters;

    @Inject
    @ConfigProperty(name = "saola.pages.shared-max-age", defaultValue = "5")
    int sharedMaxAge;

    @Inject
    @ConfigProperty(name = "saola.pages.stale-while-revalidate", defaultValue = "30")
    int staleWhileRevalidate;

    /**
     * Browsers ask each time ({@code max-age=0}): every reading reaches Saola, a {@code 304} at
     * least, and is counted. A proxy or CDN in front may answer for a few seconds by itself, and
     * serve the last page while it asks for the next: readings it answers are not counted.
     */
    private String cacheControl;

    @Override
    public void init() {
        cacheControl = sharedMaxAge <= 0 ? "public, no-cache"
                : "public, max-age=0, s-maxage=" + sharedMaxAge
                        + (staleWhileRevalidate > 0 ? ", stale-while-revalidate=" + staleWhileRevalidate : "");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isAnonymousRead(request)) {
            if (hasCaller(request)) {
                // A signed-in editor's page may carry what is theirs (a token, their links): no one else's to hold.
                response.setHeader("Cache-Control", "private, no-store");
            }
            chain.doFilter(request, response);
            return;
        }
        String address = address(request);
        Optional<KeptPage> kept = memory.find(address);
        if (kept.isPresent()) {
            serve(kept.get(), request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // A HEAD renders no body to keep: answered as it always was.
            chain.doFilter(request, response);
            return;
        }
        long generation = memory.generation();
        CapturedResponse captured = new CapturedResponse(response);
        request.setAttribute(KEEPING, Boolean.TRUE);
        try {
            chain.doFilter(request, captured);
        } finally {
            // An error page the container renders afterwards is written straight out: numbers, not slots.
            request.removeAttribute(KEEPING);
        }
        if (captured.isAnsweredElsewhere()) {
            return;
        }
        byte[] body = captured.body();
        SplitPage split = CounterSlots.split(body);
        Language language = request.getRequestURI().startsWith(request.getContextPath() + "/en/") ? Language.EN : Language.VI;
        boolean keepable = isKeepable(request, response, captured, body);
        KeptPage page = new KeptPage(response.getContentType(), Map.copyOf(captured.replayableHeaders()),
                split, language, CountingFilter.shownArticle(request), System.nanoTime(),
                keepable ? tag(split) : null, keepable ? GzipPieces.compress(split.pieces()) : null);
        if (keepable) {
            memory.keep(address, generation, page);
        }
        PageAnswer.send(page, values(page), keepable ? cacheControl : null, request, response);
    }

    private void serve(KeptPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        // As a shared cache says it: this answer was kept, and for how long (RFC 9111, 5.1).
        response.setHeader("Age", Long.toString((System.nanoTime() - page.keptAt()) / 1_000_000_000L));
        page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (page.articleId() != null) {
            CountingFilter.articleShown(request, page.articleId());
        }
        PageAnswer.send(page, values(page), cacheControl, request, response);
    }

    /**
     * A digest of the page around its numbers: the same render gives the same tag, on every node
     * and after a restart, so a reader's copy stays current as long as the page does.
     */
    private static String tag(SplitPage split) {
        MessageDigest digest = sha256();
        split.pieces().forEach(piece -> {
            digest.update(piece);
            digest.update((byte) 0);
        });
        split.slots().forEach(slot -> digest.update((byte) slot.ordinal()));
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** The numbers of the moment, slot by slot. */
    private List<String> values(KeptPage page) {
        if (page.body().slots().isEmpty()) {
            return List.of();
        }
        Map<Slot, String> now = counters.now(page.language(), page.articleId());
        return page.body().slots().stream().map(slot -> now.getOrDefault(slot, "")).toList();
    }

    private static boolean isAnonymousRead(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && !isSearch(request) && !hasCaller(request);
    }

    private static boolean hasCaller(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null;
    }

    /**
     * Search results are not kept here: on several nodes the shared index takes a moment to show a
     * change, after the change's event; search keeps its own memory of results where that is safe.
     */
    private static boolean isSearch(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Language language : Language.values()) {
            if (path.equals(language.searchPath()) || path.startsWith(language.searchPath() + "/")) {
                return true;
            }
        }
        return false;
    }

    /** A plain page anyone may be given: a 200, about no one, with no session opened meanwhile. */
    private static boolean isKeepable(HttpServletRequest request, HttpServletResponse response, CapturedResponse captured,
            byte[] body) {
        return response.getStatus() == HttpServletResponse.SC_OK
                && response.getContentType() != null
                && !captured.isPersonal()
                && !response.containsHeader("Set-Cookie")
                && request.getSession(false) == null
                && body.length <= LARGEST_KEPT;
    }

    /** The page's full address: the host matters where links are made from it (no public address set). */
    private static String address(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String query = request.getQueryString();
        return request.getScheme() + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host)
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
