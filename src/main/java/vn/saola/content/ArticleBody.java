package vn.saola.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

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
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "pre", "code")
                    .toFactory());

    private ArticleBody() {
    }

    /** Sanitised HTML for a body given as plain text or as HTML; text is normalised to NFC. */
    public static String toSafeHtml(String body) {
        String text = Normalizer.normalize(body == null ? "" : body, Normalizer.Form.NFC).strip();
        if (LOOKS_LIKE_HTML.matcher(text).find()) {
            return POLICY.sanitize(text);
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String paragraph : BLANK_LINES.split(text)) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = LINE_BREAK.split(paragraph.strip());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(Entities.escape(lines[i]));
            }
            html.append("</p>\n");
        }
        return html.toString();
    }

    /** The words of a (sanitised) body, without markup. */
    public static String plainText(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }

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
