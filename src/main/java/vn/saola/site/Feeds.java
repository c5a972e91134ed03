package vn.saola.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.ws.rs.core.Response;

import vn.saola.content.ArticleCard;
import vn.saola.content.CategoryLink;
import vn.saola.i18n.Language;

/**
 * RSS 2.0 feeds of the newest {@value #ITEMS} published articles: {@code /vi/rss.xml},
 * {@code /en/rss.xml}, and one per category and language
 * ({@code /vi/chuyen-muc/{slug}/rss.xml}, {@code /en/categories/{slug}/rss.xml}). Written with
 * StAX, which escapes what must be escaped; Vietnamese text stays as it is, in UTF-8. The feeds
 * themselves are {@link SiteFeed} and {@link CategoryFeed}.
 */
public final class Feeds {

    static final int ITEMS = 20;
    static final String TYPE = "application/rss+xml; charset=UTF-8";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private Feeds() {
    }

    public static String path(Language language) {
        return language.homePath() + "rss.xml";
    }

    public static String path(CategoryLink category) {
        return category.url() + "/rss.xml";
    }

    /** The feed of {@code items}, newest first, for the page {@code page} (a path), itself at {@code self}. */
    static Response feed(Language language, String base, ZoneId zone, String title, String description, String page,
            String self, List<ArticleCard> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            text(xml, "title", title);
            text(xml, "link", base + page);
            text(xml, "description", description);
            text(xml, "language", language == Language.VI ? "vi-VN" : "en-US");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", base + self);
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            Instant newest = items.isEmpty() ? null : items.get(0).publishedAt();
            if (newest != null) {
                text(xml, "lastBuildDate", rfc822(newest, zone));
            }
            for (ArticleCard item : items) {
                xml.writeStartElement("item");
                text(xml, "title", item.title());
                text(xml, "link", base + item.url());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(base + item.url());
                xml.writeEndElement();
                if (item.publishedAt() != null) {
                    text(xml, "pubDate", rfc822(item.publishedAt(), zone));
                }
                if (item.summary() != null) {
                    text(xml, "description", item.summary());
                }
                if (item.categoryName() != null) {
                    text(xml, "category", item.categoryName());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a feed", e);
        }
        return Response.ok(out.toString(), TYPE).header("Cache-Control", "max-age=300").build();
    }

    static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** RSS dates: {@code Tue, 25 Nov 2026 14:30:00 +0700}, in English whatever the feed's language. */
    static String rfc822(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH).format(instant.atZone(zone));
    }
}
