package vn.saola.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL slugs from titles, the way Vietnamese readers expect them: diacritics dropped,
 * {@code đ} written {@code d}, words joined by hyphens —
 * {@code Sở Công Thương phấn đấu…} becomes {@code so-cong-thuong-phan-dau…}.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        // NFD splits "ế" into e + two marks; "đ" has no decomposition and needs its own rule.
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = NOT_ALPHANUMERIC.matcher(bare).replaceAll("-");
        return cut(trimHyphens(slug), MAX_LENGTH);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… — the first that {@code taken} does not hold. */
    public static String unique(String base, Predicate<String> taken) {
        String start = base.isEmpty() ? "bai-viet" : base;
        if (!taken.test(start)) {
            return start;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = cut(start, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Whether a slug from a URL could have been made by {@link #fromTitle}; anything else cannot exist. */
    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String head = slug.substring(0, max);
        int lastHyphen = head.lastIndexOf('-');
        // Prefer ending at a word boundary, unless that throws most of the slug away.
        return trimHyphens(lastHyphen > max / 2 ? head.substring(0, lastHyphen) : head);
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
