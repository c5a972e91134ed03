package vn.saola.testing;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What two copies of a site are compared by: the public addresses of its sitemap, and what each page says. */
public final class PublicPages {

    private PublicPages() {
    }

    /** The addresses of the articles, pages and documents in the sitemap, without the site's base. */
    public static List<String> paths(Browser browser) {
        Document sitemap = Jsoup.parse(browser.get("/sitemap.xml").response().body(), "", org.jsoup.parser.Parser.xmlParser());
        return sitemap.select("url > loc").stream().map(loc -> URI.create(loc.text()).getRawPath())
                .filter(path -> path.matches("/(vi|en)/.+") && !path.matches("/(vi|en)/(chuyen-muc|categories)/.*"))
                .distinct().toList();
    }

    /**
     * What a page says: its main part, title, canonical address and language links (the rest, the
     * menus and the counters of views, is settings and statistics, not content).
     */
    public static String content(Document page) {
        StringBuilder content = new StringBuilder(page.title()).append('\n');
        for (Element link : page.select("head link[rel=canonical], head link[rel=alternate][hreflang]")) {
            content.append(link.outerHtml()).append('\n');
        }
        Element main = page.selectFirst("main");
        content.append(main == null ? "" : main.outerHtml());
        return content.toString();
    }

    /** The pages whose content differs between two copies of a site, and where the first unexpected one differs. */
    public record Differences(List<String> paths, String first) {
    }

    /** Compares each of {@code paths} on both copies; {@code expected} names differences the caller accounts for. */
    public static Differences differences(Browser one, Browser other, List<String> paths,
            java.util.function.Predicate<String> expected) {
        List<String> different = new java.util.ArrayList<>();
        String first = "";
        for (String path : paths) {
            String these = content(one.get(path).document());
            String those = content(other.get(path).document());
            if (!these.equals(those)) {
                if (first.isEmpty() && !expected.test(path)) {
                    first = path + ": " + firstDifferentLine(these, those);
                }
                different.add(path);
            }
        }
        return new Differences(List.copyOf(different), first);
    }

    /** Where two pages' contents first differ, for a failure's message. */
    public static String firstDifferentLine(String one, String other) {
        List<String> these = one.lines().toList();
        List<String> those = other.lines().toList();
        for (int i = 0; i < Math.min(these.size(), those.size()); i++) {
            if (!these.get(i).equals(those.get(i))) {
                return "\n  one:   " + these.get(i).strip() + "\n  other: " + those.get(i).strip();
            }
        }
        return "one is longer (" + these.size() + " and " + those.size() + " lines)";
    }
}
