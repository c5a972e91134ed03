import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a WordPress export of the real fixture's shape (../shared/fixtures/wordpress) with at
 * least the requested number of posts: the fixture's header (authors, categories, tags), its
 * attachment and pages once, then its published posts copied over and over, each copy with its own
 * id, slug, address and title. Also writes the same posts as NDJSON import lines, the reference
 * the benchmark compares the WordPress import with. The site's address is made {@code base}, so
 * two exports of different bases are two sites.
 *
 *   java bench/ReplicateWordPress.java <wordpress-export.xml> <out.xml> <out.ndjson> <posts> <base>
 */
public class ReplicateWordPress {

    private static final Pattern ITEM = Pattern.compile("\\s*<item>.*?</item>", Pattern.DOTALL);

    public static void main(String[] args) throws Exception {
        String fixture = Files.readString(Path.of(args[0]));
        int wanted = Integer.parseInt(args[3]);
        String base = args[4];
        String old = between(fixture, "<wp:base_site_url>", "</wp:base_site_url>");
        Matcher items = ITEM.matcher(fixture);
        List<String> posts = new ArrayList<>();
        StringBuilder once = new StringBuilder();
        int firstItem = -1;
        int lastItem = 0;
        while (items.find()) {
            firstItem = firstItem < 0 ? items.start() : firstItem;
            lastItem = items.end();
            String item = items.group();
            if (item.contains("<wp:post_type><![CDATA[post]]></wp:post_type>") && item.contains("<wp:status><![CDATA[publish]]>")) {
                posts.add(item);
            } else if (!item.contains("<wp:post_type><![CDATA[post]]></wp:post_type>")) {
                once.append(item);
            }
        }
        try (BufferedWriter xml = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
                BufferedWriter ndjson = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            xml.write(fixture.substring(0, firstItem).replace(old, base));
            xml.write(once.toString().replace(old, base));
            for (int n = 0; n < wanted; n++) {
                String post = posts.get(n % posts.size());
                long id = 100_000L + n;
                String slug = between(post, "<wp:post_name><![CDATA[", "]]>") + "-" + n;
                String title = between(post, "<title><![CDATA[", "]]>") + " (" + n + ")";
                String copy = post.replace(old, base)
                        .replaceFirst("<title><!\\[CDATA\\[.*?]]></title>", Matcher.quoteReplacement("<title><![CDATA[" + title + "]]></title>"))
                        .replaceFirst("<link>.*?</link>", "<link>" + base + "/2024/01/" + slug + "/</link>")
                        .replaceFirst("<guid isPermaLink=\"false\">.*?</guid>", "<guid isPermaLink=\"false\">" + base + "/?p=" + id + "</guid>")
                        .replaceFirst("<wp:post_id>\\d+</wp:post_id>", "<wp:post_id>" + id + "</wp:post_id>")
                        .replaceFirst("<wp:post_name><!\\[CDATA\\[.*?]]>", Matcher.quoteReplacement("<wp:post_name><![CDATA[" + slug + "]]>"));
                xml.write(copy);
                String body = between(post, "<content:encoded><![CDATA[", "]]></content:encoded>");
                String category = between(post, "<category domain=\"category\" nicename=\"", "</category>");
                category = category.substring(category.indexOf("<![CDATA[") + 9, category.indexOf("]]>"));
                ndjson.write("{\"id\":\"" + base + "#" + id + "\",\"lang\":\"vi\",\"title\":" + json(title) + ",\"body\":" + json(body)
                        + ",\"category\":" + json(category) + ",\"slug\":\"" + slug + "\"}\n");
            }
            xml.write(fixture.substring(lastItem));
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
