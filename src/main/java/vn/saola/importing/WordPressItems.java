package vn.saola.importing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.saola.content.ArticleBody;
import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleKind;
import vn.saola.content.ImportedTranslation;
import vn.saola.content.Slugs;
import vn.saola.content.TranslationStatus;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/**
 * What a WordPress post or page becomes in Saola: pure rules, no storage. A post is news in its
 * first category, a page keeps its parent; publish and future are published (a future one is
 * scheduled), draft, pending and private are drafts; dates are the old site's wall-clock time,
 * read in Saola's time zone, so a reader sees the date the old site showed; tags become keywords
 * search finds the post by; the slug is kept when Saola can use it.
 */
final class WordPressItems {

    private static final DateTimeFormatter WORDPRESS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*<(p|div|h[1-6]|ul|ol|li|table|blockquote|pre|figure|hr|dl|section|address|iframe|img|!--)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_BLOCK = Pattern.compile(
            "<(p|div|h[1-6]|ul|ol|table|blockquote|pre|figure)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "\\[caption[^\\]]*\\]\\s*(<a[^>]*>\\s*)?(<img[^>]*>)(\\s*</a>)?\\s*(.*?)\\[/caption\\]", Pattern.DOTALL);
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*-->");

    /** How the import reaches outside these rules: where a featured image is now, an author's byline. */
    record Context(String importPrefix, ZoneId zone, Map<String, String> bylines, WxrSurvey survey,
            UnaryOperator<String> rewriteBody, Map<Long, String> imageAddresses) {
    }

    private WordPressItems() {
    }

    /** Why an item is not imported ({@code import.wordpress.skip.*} key), or null when it is. */
    static String whySkipped(WxrItem item) {
        return switch (item.type()) {
            case "post", "page" -> switch (item.status()) {
                case "trash" -> "trash";
                case "auto-draft" -> "autoDraft";
                case "inherit" -> "revision";
                default -> item.oversized() ? "tooLong" : null;
            };
            case "revision" -> "revision";
            case "nav_menu_item" -> "menu";
            default -> "type";
        };
    }

    static String importId(String prefix, long id) {
        return prefix + "#" + id;
    }

    static ImportedTranslation translation(WxrItem item, Context context) {
        boolean page = "page".equals(item.type());
        Language language = WxrSurvey.languageOf(item);
        String body = context.rewriteBody().apply(paragraphs(item.content()));
        String title = title(item, body);
        String excerpt = ArticleBody.plainText(ArticleBody.toSafeHtml(item.excerpt())).strip();
        String summary = excerpt.isEmpty() ? null : ArticleBody.summarise(excerpt, ArticleConstraints.SUMMARY);
        String category = page ? null : item.termsOf("category").stream().map(WxrItem.Term::label)
                .filter(l -> !l.isBlank()).findFirst().orElse(Messages.get(language, "import.wordpress.uncategorised"));
        Instant publishedAt = time(item.date(), context.zone());
        Instant updatedAt = time(item.modified(), context.zone());
        String parent = page && item.parent() != 0 && context.survey().isPage(item.parent())
                ? importId(context.importPrefix(), context.survey().group(item.parent())) : null;
        String slug = Slugs.isWellFormed(item.name()) ? item.name() : null;
        String keywords = item.termsOf("post_tag").stream().map(WxrItem.Term::label).filter(l -> !l.isBlank())
                .collect(Collectors.joining(", "));
        String byline = context.bylines().getOrDefault(item.creator(), context.survey().displayName(item.creator()));
        long thumbnail = number(item.meta().get("_thumbnail_id"));
        String featured = context.imageAddresses().get(thumbnail);
        WxrSurvey.Attachment image = context.survey().attachments().get(thumbnail);
        String alt = featured == null || image == null || image.alt().isBlank() ? null : cut(image.alt(), ArticleConstraints.IMAGE_ALT);
        return new ImportedTranslation(page ? ArticleKind.PAGE : ArticleKind.ARTICLE,
                importId(context.importPrefix(), context.survey().group(item.id())), language, title, summary, body,
                category == null ? null : cut(category, ArticleConstraints.CATEGORY_NAME),
                publishedAt == null ? updatedAt : publishedAt,
                byline == null || byline.isBlank() ? null : cut(byline, ArticleConstraints.AUTHOR), parent, slug,
                status(item.status()), updatedAt, keywords.isEmpty() ? null : cut(keywords, ArticleConstraints.KEYWORDS),
                featured, alt);
    }

    static TranslationStatus status(String wordpress) {
        return switch (wordpress) {
            case "publish", "future" -> TranslationStatus.PUBLISHED;
            default -> TranslationStatus.DRAFT;
        };
    }

    /** A WordPress time ("2024-02-02 08:01:00") on the old site's clock, read in {@code zone}; null for none ("0000-00-00 …"). */
    static Instant time(String wordpress, ZoneId zone) {
        if (wordpress == null || wordpress.isBlank() || wordpress.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(wordpress.strip(), WORDPRESS_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** The title, or for a post without one (WordPress allows it) the first words of its body. */
    private static String title(WxrItem item, String body) {
        String title = item.title() == null ? "" : item.title().strip();
        if (title.isEmpty()) {
            title = ArticleBody.summarise(ArticleBody.plainText(ArticleBody.toSafeHtml(body)).strip(), 80);
        }
        return title.isEmpty() ? null : cut(title, ArticleConstraints.TITLE);
    }

    /**
     * The body as WordPress shows it: the block editor's comments gone, {@code [caption]} as a figure,
     * and text written without paragraphs (the classic editor's, which WordPress wraps when showing it)
     * in paragraphs, a lone line break kept as a line break.
     */
    static String paragraphs(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        String html = BLOCK_COMMENT.matcher(content).replaceAll("");
        html = CAPTION.matcher(html).replaceAll(m -> Matcher.quoteReplacement("<figure>" + m.group(2)
                + "<figcaption>" + m.group(4).strip() + "</figcaption></figure>"));
        html = html.replace("\r\n", "\n");
        if (!html.contains("\n\n") && ANY_BLOCK.matcher(html).find()) {
            return html.strip();
        }
        StringBuilder out = new StringBuilder();
        for (String chunk : html.split("\\n\\s*\\n")) {
            String piece = chunk.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(piece).find()) {
                out.append(piece).append('\n');
            } else {
                out.append("<p>").append(piece.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString().strip();
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
