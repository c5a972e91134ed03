package vn.saola.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Hostile HTML and how to tell whether any of it survived, read as a browser would read it. */
public final class Harm {

    private static final Pattern DANGEROUS_ELEMENT = Pattern.compile(
            "script|iframe|frame|frameset|object|embed|style|link|meta|base|svg|math|form|input|button|video|audio"
                    + "|source|details|noscript|textarea|select");

    private Harm() {
    }

    /** Payloads after the OWASP XSS Filter Evasion Cheat Sheet ({@code src/test/resources/xss/filter-evasion.txt}). */
    public static List<String> filterEvasionPayloads() {
        try (InputStream in = Harm.class.getResourceAsStream("/xss/filter-evasion.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is dangerous in this HTML fragment: an element, an event handler, a style or a script URL; empty if nothing. */
    public static String in(String html) {
        return in(Jsoup.parseBodyFragment(html).body());
    }

    /** The same, for a part of a parsed page. */
    public static String in(Element root) {
        for (Element element : root.getAllElements()) {
            if (DANGEROUS_ELEMENT.matcher(element.tagName().toLowerCase(Locale.ROOT)).matches()) {
                return "element " + element.tagName();
            }
            for (var attribute : element.attributes()) {
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || value.startsWith("javascript:")
                        || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    return "attribute " + attribute;
                }
            }
        }
        return "";
    }
}
