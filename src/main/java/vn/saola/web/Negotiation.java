package vn.saola.web;

import java.util.Locale;

/**
 * What a reader's request headers say about the answer it can take: gzip or not, and whether the
 * copy it already holds is current. Shared by kept pages and files, so both read them one way.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** {@code If-None-Match} compares weakly (RFC 9110, 13.1.2): a {@code W/} prefix does not matter. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code Accept-Encoding} takes gzip: named (or {@code *}) without {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean byStar = false;
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().replace(" ", "");
                if (parameter.matches("q=0(\\.0{0,3})?")) {
                    refused = true;
                }
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return !refused;
            }
            if (name.equals("*")) {
                byStar = !refused;
            }
        }
        return byStar;
    }
}
