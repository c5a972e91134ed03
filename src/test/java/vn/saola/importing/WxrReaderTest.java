package vn.saola.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WxrReaderTest {

    private static final String HEAD = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
            + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>";
    private static final String ITEM = "<item><title>Tin</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>"
            + "<wp:status>publish</wp:status><content:encoded><![CDATA[BODY]]></content:encoded></item>";

    @Test
    void theRealExportIsReadItemByItem() throws Exception {
        List<WxrItem> items = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/wordpress/wordpress-excerpt.xml")) {
            WxrReader.read(in, new WxrReader.Listener() {
                @Override
                public void site(String baseUrl) {
                    sites.add(baseUrl);
                }

                @Override
                public void item(WxrItem item) {
                    items.add(item);
                }
            });
        }
        assertEquals(List.of("http://127.0.0.1:8081"), sites);
        assertEquals(12, items.size());
        WxrItem hello = items.get(0);
        assertEquals(1, hello.id());
        assertEquals("post", hello.type());
        assertEquals("publish", hello.status());
        assertEquals("2024-01-01 08:00:00", hello.date());
        assertEquals("bientap", hello.creator());
        assertEquals("1706", hello.meta().get("_thumbnail_id"));
        assertEquals(2, hello.comments());
        assertEquals(List.of("chuyển đổi số", "xuất khẩu"), hello.termsOf("post_tag").stream().map(WxrItem.Term::label).toList());
        assertEquals("Tin tức – Sự kiện", hello.termsOf("category").get(0).label());
        assertTrue(hello.content().contains("<p>Welcome to WordPress."), hello.content());
        WxrItem image = items.stream().filter(i -> i.id() == 1706).findFirst().orElseThrow();
        assertEquals("Gian hàng tại hội chợ thương mại", image.meta().get("_wp_attachment_image_alt"));
        assertEquals("2026/11/hoi-cho-bac-kan.png", image.meta().get("_wp_attached_file"));
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedBeforeAnyEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + HEAD
                + ITEM.replace("<![CDATA[BODY]]>", "&xxe;") + "</channel></rss>";
        assertEquals("wxrDtd", refusal(xxe));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">]>" + HEAD + ITEM.replace("<![CDATA[BODY]]>", "&lol3;")
                + "</channel></rss>";
        assertEquals("wxrDtd", refusal(laughs));
    }

    @Test
    void brokenFilesAreRefusedWithTheirReason() {
        String whole = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + HEAD + ITEM + ITEM + "</channel></rss>";
        assertEquals("wxrTruncated", refusal(whole.substring(0, whole.lastIndexOf("<item>") + 12)));
        assertEquals("wxrMalformed", refusal(whole.replace("</channel>", "<oops></channel>")));
        assertEquals("wxrNotWordPress", refusal("<rss version=\"2.0\"><channel><item><title>Tin</title></item></channel></rss>"));
        assertEquals("wxrNotWordPress", refusal("<html><body>not a feed</body></html>"));
        assertEquals("wxrBadId", refusal(whole.replace("<wp:post_id>7</wp:post_id>", "<wp:post_id>bảy</wp:post_id>")));
        byte[] latin1 = whole.replace("BODY", "Café").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("wxrEncoding", refusal(latin1));
    }

    @Test
    void aBodyBeyondWhatAnArticleHoldsIsMarkedNotKept() throws Exception {
        String huge = "x".repeat(WxrReader.MAX_CONTENT + 10);
        List<WxrItem> items = new ArrayList<>();
        WxrReader.read(new ByteArrayInputStream((HEAD + ITEM.replace("BODY", huge) + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8)), items::add);
        assertTrue(items.get(0).oversized());
        assertEquals(WxrReader.MAX_CONTENT, items.get(0).content().length());
        assertEquals("tooLong", WordPressItems.whySkipped(items.get(0)));
    }

    private static String refusal(String xml) {
        return refusal(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(byte[] xml) {
        WxrRefused refused = assertThrows(WxrRefused.class, () -> WxrReader.read(new ByteArrayInputStream(xml), item -> {
        }));
        return refused.why.key();
    }

    static List<WxrItem> read(String xml) throws WxrRefused, IOException {
        List<WxrItem> items = new ArrayList<>();
        WxrReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), items::add);
        return items;
    }
}
