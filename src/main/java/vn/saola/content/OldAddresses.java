package vn.saola.content;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import vn.saola.i18n.Language;

/**
 * Where an old site's address leads. Addresses are kept in one shape, whichever way they were
 * written or asked: the path as the old site wrote it, without its trailing slash and without
 * {@code index.php}, with only the query words WordPress finds an item by ({@code /?p=4}).
 */
public final class OldAddresses {

    /** The query words that name one item on a WordPress site, whatever its permalinks. */
    private static final String[] ITEM_QUERIES = {"p", "page_id", "attachment_id"};

    /** One old address and where it leads: an article's language (by import id) or a file's address. */
    public record Lead(String oldPath, String importId, Language language, String target) {
        public static Lead toArticle(String oldPath, String importId, Language language) {
            return new Lead(oldPath, importId, language, null);
        }

        public static Lead toFile(String oldPath, String address) {
            return new Lead(oldPath, null, null, address);
        }
    }

    private OldAddresses() {
    }

    /**
     * The key of an address as its site wrote it ({@code http://old.example/2024/02/x/}) or as it is
     * asked ({@code /2024/02/x/}, raw path and query); empty when it names nothing an old site could
     * have had (the home page itself, or no path).
     */
    public static Optional<String> key(String rawPath, String rawQuery) {
        if (rawPath == null || rawPath.length() > 900) {
            return Optional.empty();
        }
        String path = rawPath.replaceFirst("/index\\.php$", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        String item = itemQuery(rawQuery);
        if (item != null) {
            return Optional.of(path.equals("/") ? "/?" + item : path + "?" + item);
        }
        return path.equals("/") ? Optional.empty() : Optional.of(path);
    }

    /** The key of a full address written by the old site whose base is {@code base}; empty when elsewhere. */
    public static Optional<String> keyOf(String address, URI base) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getRawAuthority() == null || base.getRawAuthority() == null
                    || !uri.getRawAuthority().toLowerCase(Locale.ROOT).equals(base.getRawAuthority().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceFirst("/+$", "");
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            if (!basePath.isEmpty() && path.startsWith(basePath)) {
                path = path.substring(basePath.length());
            }
            return key(path.isEmpty() ? "/" : path, uri.getRawQuery());
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static String itemQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            for (String known : ITEM_QUERIES) {
                if (known.equals(name) && value.matches("[0-9]{1,19}")) {
                    return name + "=" + Long.parseLong(value);
                }
            }
        }
        return null;
    }
}
