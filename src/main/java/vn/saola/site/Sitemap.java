package vn.saola.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.CategoryLink;
import vn.saola.content.PublicContent;
import vn.saola.content.PublishedArticle;
import vn.saola.i18n.Language;

/**
 * {@code /sitemap.xml}: every page a search engine should know — both home pages, every
 * category and every published translation — each with its {@code hreflang} alternates
 * ({@code xhtml:link}). Past {@value #MAX_URLS} addresses (the protocol's limit for one file) it
 * becomes a sitemap index of {@code /sitemap-1.xml}, {@code /sitemap-2.xml}… ({@link SitemapPart}).
 */
@Path("sitemap.xml")
public class Sitemap {

    static final int MAX_URLS = 50_000;
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String TYPE = "application/xml; charset=UTF-8";

    @Inject
    PublicContent content;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    /** One page in all its languages: its address in each, and when it last changed (null if unknown). */
    record Page(Map<Language, String> paths, Instant updated) {
    }

    @GET
    public Response sitemap() {
        List<Page> pages = pages(content);
        String base = layout.baseUrl(uri);
        long urls = pages.stream().mapToLong(p -> p.paths().size()).sum();
        if (urls <= MAX_URLS) {
            return xml(write(base, pages));
        }
        return xml(index(base, chunks(pages).size()));
    }

    static List<Page> pages(PublicContent content) {
        List<Page> pages = new ArrayList<>();
        Map<Language, String> homes = new EnumMap<>(Language.class);
        Map<Language, String> siteMaps = new EnumMap<>(Language.class);
        Map<Language, String> registers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            homes.put(language, language.homePath());
            siteMaps.put(language, language.siteMapPath());
            registers.put(language, language.documentsPath());
        }
        pages.add(new Page(homes, null));
        pages.add(new Page(siteMaps, null));
        pages.add(new Page(registers, null));
        for (CategoryLink category : content.allCategories()) {
            pages.add(new Page(category.urls(), null));
        }
        for (PublishedArticle article : content.publishedAddresses()) {
            Instant updated = article.updated().values().stream().max(Instant::compareTo).orElse(null);
            pages.add(new Page(article.paths(), updated));
        }
        return pages;
    }

    /** Pages grouped so that no group holds more than {@link #MAX_URLS} addresses. */
    static List<List<Page>> chunks(List<Page> pages) {
        List<List<Page>> chunks = new ArrayList<>();
        List<Page> current = new ArrayList<>();
        int urls = 0;
        for (Page page : pages) {
            if (urls + page.paths().size() > MAX_URLS) {
                chunks.add(current);
                current = new ArrayList<>();
                urls = 0;
            }
            current.add(page);
            urls += page.paths().size();
        }
        chunks.add(current);
        return chunks;
    }

    static String write(String base, List<Page> pages) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.setPrefix("xhtml", XHTML);
            xml.writeStartElement(NS, "urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xhtml", XHTML);
            for (Page page : pages) {
                for (String path : page.paths().values()) {
                    xml.writeStartElement(NS, "url");
                    text(xml, "loc", base + path);
                    if (page.updated() != null) {
                        text(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME
                                .format(page.updated().atOffset(ZoneOffset.UTC).withNano(0)));
                    }
                    if (page.paths().size() > 1) {
                        for (Map.Entry<Language, String> alternate : page.paths().entrySet()) {
                            alternate(xml, alternate.getKey().code(), base + alternate.getValue());
                        }
                        alternate(xml, "x-default", base + page.paths().getOrDefault(Language.primary(),
                                page.paths().values().iterator().next()));
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the sitemap", e);
        }
        return out.toString();
    }

    private static String index(String base, int parts) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "sitemapindex");
            xml.writeDefaultNamespace(NS);
            for (int part = 1; part <= parts; part++) {
                xml.writeStartElement(NS, "sitemap");
                text(xml, "loc", base + "/sitemap-" + part + ".xml");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the sitemap index", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement(XHTML, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    static Response xml(String body) {
        return Response.ok(body, TYPE).header("Cache-Control", "max-age=3600").build();
    }
}
