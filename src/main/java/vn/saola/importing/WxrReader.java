package vn.saola.importing;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) with a streaming parser, one item at a time, so a
 * 500 MB export is read in the memory of its largest item. A file that declares a DTD (where
 * external entities and "billion laughs" live; WordPress never writes one) is refused before any of
 * it is used, as is one that is not well formed, not in its declared encoding, cut short, or not a
 * WordPress export at all.
 */
final class WxrReader {

    /** What a reader hears, in the file's order: the site's address first, then authors, terms and items. */
    interface Listener {
        default void site(String baseUrl) {
        }

        default void author(String login, String displayName) {
        }

        /** A term declared for the site: {@code taxonomy} category, post_tag, language, post_translations… */
        default void term(String taxonomy, String slug, String name, String description) {
        }

        void item(WxrItem item) throws WxrRefused;
    }

    /** A post's body beyond this many characters is more than an article holds; the item is marked oversized. */
    static final int MAX_CONTENT = 1_000_000;
    private static final int MAX_FIELD = 100_000;
    private static final String WP = "http://wordpress.org/export/";

    private WxrReader() {
    }

    static void read(Path file, Listener listener) throws WxrRefused, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            read(in, listener);
        }
    }

    static void read(InputStream in, Listener listener) throws WxrRefused, IOException {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            new WxrReader().channel(xml, listener);
        } catch (XMLStreamException malformed) {
            throw refusal(malformed);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by its owner
                }
            }
        }
    }

    /** The JDK's own StAX parser (not whatever the server brings), with DTDs and external entities off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static WxrRefused refusal(XMLStreamException malformed) {
        Throwable cause = malformed.getNestedException() != null ? malformed.getNestedException() : malformed.getCause();
        int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNumber();
        if (cause instanceof CharConversionException || String.valueOf(malformed.getMessage()).contains("byte")
                && String.valueOf(malformed.getMessage()).contains("UTF-8")) {
            return new WxrRefused("wxrEncoding", line);
        }
        String message = malformed.getMessage() == null ? "" : malformed.getMessage().replaceAll("\\s+", " ");
        if (message.contains("must start and end within the same entity") || message.contains("end of file")) {
            return new WxrRefused("wxrTruncated");
        }
        message = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", "");
        return new WxrRefused("wxrMalformed", line, message.length() > 200 ? message.substring(0, 200) : message);
    }

    private void channel(XMLStreamReader xml, Listener listener) throws XMLStreamException, WxrRefused {
        boolean rss = false;
        boolean wordpress = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new WxrRefused("wxrDtd");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new WxrRefused("wxrEntity", xml.getLocalName());
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!rss) {
                if (!"rss".equals(name)) {
                    throw new WxrRefused("wxrNotWordPress");
                }
                rss = true;
                continue;
            }
            boolean wp = isWordPress(xml);
            if (wp && "wxr_version".equals(name)) {
                wordpress = true;
                text(xml, MAX_FIELD);
            } else if (wp && "base_site_url".equals(name)) {
                listener.site(text(xml, MAX_FIELD).strip());
            } else if (wp && "author".equals(name)) {
                Map<String, String> fields = fields(xml);
                listener.author(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", ""));
            } else if (wp && ("category".equals(name) || "tag".equals(name) || "term".equals(name))) {
                term(name, fields(xml), listener);
            } else if ("item".equals(name)) {
                if (!wordpress) {
                    throw new WxrRefused("wxrNotWordPress");
                }
                listener.item(item(xml));
            }
        }
        if (!wordpress) {
            throw new WxrRefused("wxrNotWordPress");
        }
    }

    private static void term(String element, Map<String, String> fields, Listener listener) {
        switch (element) {
            case "category" -> listener.term("category", fields.getOrDefault("category_nicename", ""),
                    fields.getOrDefault("cat_name", ""), fields.getOrDefault("category_description", ""));
            case "tag" -> listener.term("post_tag", fields.getOrDefault("tag_slug", ""),
                    fields.getOrDefault("tag_name", ""), fields.getOrDefault("tag_description", ""));
            default -> listener.term(fields.getOrDefault("term_taxonomy", ""), fields.getOrDefault("term_slug", ""),
                    fields.getOrDefault("term_name", ""), fields.getOrDefault("term_description", ""));
        }
    }

    private WxrItem item(XMLStreamReader xml) throws XMLStreamException, WxrRefused {
        Map<String, String> fields = new HashMap<>();
        List<WxrItem.Term> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        int comments = 0;
        boolean oversized = false;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if ("category".equals(name) && namespace.isEmpty()) {
                String domain = xml.getAttributeValue(null, "domain");
                String slug = xml.getAttributeValue(null, "nicename");
                terms.add(new WxrItem.Term(domain == null ? "category" : domain, slug == null ? "" : slug,
                        text(xml, MAX_FIELD).strip()));
            } else if ("postmeta".equals(name)) {
                Map<String, String> pair = fields(xml);
                meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
            } else if ("comment".equals(name)) {
                comments++;
                skip(xml);
            } else if ("encoded".equals(name)) {
                String key = namespace.contains("/excerpt/") ? "excerpt" : "content";
                Capped text = capped(xml, key.equals("content") ? MAX_CONTENT : MAX_FIELD);
                oversized |= text.cut();
                fields.put(key, text.text());
            } else {
                fields.put(name, text(xml, MAX_FIELD));
            }
        }
        return new WxrItem(number(fields.get("post_id")), fields.getOrDefault("post_type", "post").strip(),
                fields.getOrDefault("status", "").strip(), fields.getOrDefault("title", ""),
                fields.getOrDefault("link", "").strip(), fields.getOrDefault("guid", "").strip(),
                fields.getOrDefault("post_name", "").strip(), fields.getOrDefault("post_date", "").strip(),
                fields.getOrDefault("post_modified", "").strip(), fields.getOrDefault("creator", "").strip(),
                fields.getOrDefault("content", ""), fields.getOrDefault("excerpt", ""),
                number(fields.get("post_parent")), fields.getOrDefault("attachment_url", "").strip(),
                terms, meta, comments, oversized);
    }

    private static long number(String text) throws WxrRefused {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new WxrRefused("wxrBadId", text.length() > 30 ? text.substring(0, 30) : text.strip());
        }
    }

    private static boolean isWordPress(XMLStreamReader xml) {
        return xml.getNamespaceURI() != null && xml.getNamespaceURI().startsWith(WP);
    }

    /** The simple children of the current element, by local name (an author, a term, a postmeta). */
    private Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException, WxrRefused {
        Map<String, String> fields = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            fields.put(xml.getLocalName(), text(xml, MAX_FIELD));
        }
        return fields;
    }

    private String text(XMLStreamReader xml, int max) throws XMLStreamException, WxrRefused {
        return capped(xml, max).text();
    }

    private record Capped(String text, boolean cut) {
    }

    /** The element's text, of which only the first {@code max} characters are kept; nested elements are skipped. */
    private Capped capped(XMLStreamReader xml, int max) throws XMLStreamException, WxrRefused {
        StringBuilder text = new StringBuilder();
        boolean cut = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1 && !cut) {
                        int room = max - text.length();
                        int length = xml.getTextLength();
                        text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, length));
                        cut = length > room;
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new WxrRefused("wxrEntity", xml.getLocalName());
                case XMLStreamConstants.END_DOCUMENT -> throw new WxrRefused("wxrTruncated");
                default -> {
                    // comments and processing instructions say nothing of the item
                }
            }
        }
        return new Capped(text.toString(), cut);
    }

    private void skip(XMLStreamReader xml) throws XMLStreamException, WxrRefused {
        capped(xml, 0);
    }
}
