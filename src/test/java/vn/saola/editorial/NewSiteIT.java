package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * A site started without the demo content: neutral names from the settings file, no one's agency,
 * and an administrator asked to fill in the site's identity until someone does.
 */
class NewSiteIT {

    @Test
    void aNewSiteIsNeutralAndAsksForItsIdentityUntilItIsGiven() {
        SaolaServer server = SaolaServer.dedicated("new-site", Map.of("SAOLA_DEMO_CONTENT", "false"));
        try {
            Document home = new Browser(server).get("/vi/").document();
            assertEquals("Cổng thông tin điện tử", home.selectFirst(".site-name").text());
            assertEquals("Chưa có tin nào.", home.selectFirst("main p").text());
            assertEquals("Web portal", new Browser(server).get("/en/").document().selectFirst(".site-name").text());
            assertNull(home.selectFirst(".site-identity dl"), "no contacts invented");

            Editor admin = Editor.admin(server);
            Document dashboard = admin.get("/admin/").document();
            assertEquals("Cổng thông tin chưa có thông tin cơ quan: tên, địa chỉ, điện thoại, thư điện tử và người chịu trách nhiệm nội dung.",
                    dashboard.selectFirst(".dashboard-identity p").text());
            assertEquals("/admin/settings", dashboard.selectFirst(".dashboard-identity a").attr("href"));

            assertEquals(303, admin.submit("/admin/settings", "form[action='/admin/settings']",
                    Map.of("siteName_vi", "Cổng thông tin điện tử xã Tân Lập", "agencyName_vi", "UBND xã Tân Lập")).status());
            assertNull(admin.get("/admin/").document().selectFirst(".dashboard-identity"), "asked no more");
            assertEquals("Cổng thông tin điện tử xã Tân Lập", new Browser(server).get("/vi/").document().selectFirst(".site-name").text());
        } finally {
            server.stop();
        }
    }
}
