package vn.saola.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which uploaded images a text names, by their keys ({@code 2026/11/3f9c…e1}: the stored name
 * without its extension, the same for the original and its narrower copies), and how a text names
 * another image instead. The address form is the media feature's ({@code /uploads/…}); content only
 * reads it, since the sanitiser lets a body show no other image.
 */
final class ImageKeys {

    private static final Pattern ADDRESS = Pattern.compile(
            "/uploads/([0-9]{4}/[0-9]{2}/[0-9a-f]{32})(?:-[0-9]{3,4}w)?\\.(?:jpg|png|webp)");

    private ImageKeys() {
    }

    /** The keys of the images {@code texts} name, in the order they first appear. */
    static Set<String> in(Collection<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null && text.contains("/uploads/")) {
                Matcher found = ADDRESS.matcher(text);
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        }
        return keys;
    }

    /** The keys as one column holds them: separated by spaces, or null for none. */
    static String column(Set<String> keys) {
        return keys.isEmpty() ? null : String.join(" ", keys);
    }

    /** The image {@code key} names (original or copy) replaced by {@code address} throughout {@code text}. */
    static String replace(String text, String key, String address) {
        if (text == null || !text.contains(key)) {
            return text;
        }
        Matcher found = ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (found.find()) {
            found.appendReplacement(out, Matcher.quoteReplacement(found.group(1).equals(key) ? address : found.group()));
        }
        found.appendTail(out);
        return out.toString();
    }
}
