package vn.saola.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What an article's body may contain, and its plain-text forms. A body arrives as plain text
 * (paragraphs on blank lines) or as HTML; either way it leaves as sanitised HTML that pages can
 * write out as it is.
 */
public final class ArticleBody {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<(p|div|br|h[1-6]|ul|ol|li|strong|b|em|i|a|img|table|blockquote|span|figure|section)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final String TEXT_BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,pre,figcaption,caption,th,td,blockquote";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s");

    /** Images only from the site's own uploads: no tracking pixels, no hot-linking, nothing to inject. */
    private static final Pattern OWN_UPLOAD = Pattern.compile("/uploads/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(jpg|png|webp)");
    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,4}");

    /**
     * The formatting an article needs and nothing more. No {@code style}, no classes, no event
     * handlers, no frames, no scripts; links get {@code rel="noopener"}; an {@code h1} in a body
     * would compete with the page's own title and becomes an {@code h2}, {@code h5}/{@code h6} an {@code h4}.
     */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "b", "em", "i",
                    "u", "s", "sub", "sup", "code", "pre", "hr", "figure", "figcaption",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowAttributes("colspan", "rowspan").matching(SMALL_NUMBER).onElements("td", "th")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowElements("a")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener")
            .allowElements("img")
            .allowAttributes("src").matching(OWN_UPLOAD).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("width", "height").matching(SMALL_NUMBER).onElements("img")
            .toFactory();

    private ArticleBody() {
    }

    /** Sanitised HTML for a body given as plain text or as HTML; text is normalised to NFC. */
    public static String toSafeHtml(String body) {
        String text = Normalizer.normalize(body == null ? "" : body, Normalizer.Form.NFC).strip();
        if (LOOKS_LIKE_HTML.matcher(text).find()) {
            String safe = POLICY.sanitize(text);
            if (LOOKS_LIKE_HTML.matcher(safe).find()) {
                return safe;
            }
            // Only text was left (every tag of a kind not kept): it is written as text, in paragraphs,
            // so that it reads as it did, and is stored the same when sent again (an export imported).
            text = Parser.unescapeEntities(safe, false).strip();
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String paragraph : BLANK_LINES.split(text)) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append(html.isEmpty() ? "<p>" : "\n<p>");
            String[] lines = LINE_BREAK.split(paragraph.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(Entities.escape(lines[i]));
            }
            html.append("</p>");
        }
        // Written as the policy writes HTML, so that the same body sent again (an export imported) is stored byte for byte the same.
        return POLICY.sanitize(html.toString());
    }

    /** The words of a (sanitised) body, without markup. */
    public static String plainText(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }

    /**
     * The text of an article's words as a reader takes it in: title, summary, then each block of
     * the body (paragraph, heading, list item, cell…) on its own, separated by blank lines.
     */
    public static String readableText(String title, String summary, String bodyHtml) {
        StringBuilder text = new StringBuilder(title == null ? "" : title);
        if (summary != null && !summary.isBlank()) {
            text.append("\n\n").append(summary.strip());
        }
        for (String block : blockTexts(bodyHtml)) {
            text.append("\n\n").append(block);
        }
        return text.toString();
    }

    /** The plain text of each block of a body, in order; text outside any block counts as one. */
    static List<String> blockTexts(String bodyHtml) {
        var body = Jsoup.parse(bodyHtml == null ? "" : bodyHtml).body();
        List<String> blocks = new ArrayList<>();
        for (var element : body.select(TEXT_BLOCKS)) {
            // Only the innermost blocks: a blockquote's paragraphs count, not the blockquote again.
            if (element.select(TEXT_BLOCKS).size() == 1 && !element.text().isBlank()) {
                blocks.add(element.text());
            }
        }
        if (blocks.isEmpty() && !body.text().isBlank()) {
            blocks.add(body.text());
        }
        return blocks;
    }

    /**
     * The top-level blocks of a (sanitised) body as HTML, for showing a source paragraph by
     * paragraph beside its translation.
     */
    public static List<String> blocks(String bodyHtml) {
        var body = Jsoup.parse(bodyHtml == null ? "" : bodyHtml).body();
        List<String> blocks = new ArrayList<>();
        for (var node : body.childNodes()) {
            String html = node.outerHtml().strip();
            if (!html.isEmpty()) {
                blocks.add(node instanceof TextNode ? "<p>" + html + "</p>" : html);
            }
        }
        return blocks;
    }

    /** How long a summary made from the body is, when the author wrote none. */
    static final int SUMMARY_LENGTH = 240;

    /** A summary of about {@code maxLength} characters: whole sentences where possible, else whole words. */
    public static String summarise(String text, int maxLength) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= maxLength) {
            return clean;
        }
        String head = clean.substring(0, maxLength);
        var sentences = SENTENCE_END.matcher(head);
        int lastSentenceEnd = -1;
        while (sentences.find()) {
            lastSentenceEnd = sentences.start();
        }
        if (lastSentenceEnd > maxLength / 3) {
            return head.substring(0, lastSentenceEnd);
        }
        int lastSpace = head.lastIndexOf(' ');
        return (lastSpace > 0 ? head.substring(0, lastSpace) : head) + "…";
    }
}
