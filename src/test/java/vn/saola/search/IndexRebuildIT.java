package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.Browser.Page;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/** An administrator rebuilds the search index from the admin and follows its progress. */
class IndexRebuildIT {

    private final SaolaServer server = SaolaServer.embedded();

    private static JsonObject progress(Editor admin) {
        return Json.createReader(new StringReader(admin.get("/admin/search-index/progress.json").response().body())).readObject();
    }

    @Test
    void theRebuildRunsOnceShowsItsProgressAndSearchStillWorks() throws InterruptedException {
        Editor admin = Editor.admin(server);
        Page page = admin.get("/admin/search-index");
        assertEquals("Chỉ mục tìm kiếm", page.document().selectFirst("main h1").text());
        assertEquals("100", page.document().selectFirst("progress").attr("max"));

        Page started = admin.submit(page, "form[action=/admin/search-index]", Map.of());
        assertEquals(303, started.status());
        JsonObject state = progress(admin);
        for (int i = 0; i < 480 && state.getString("state").equals("running"); i++) {
            Thread.sleep(250);
            state = progress(admin);
        }
        assertEquals("done", state.getString("state"));
        assertEquals(100, state.getInt("percent"));
        assertTrue(state.getJsonNumber("total").longValue() > 0);
        assertEquals(state.getJsonNumber("total").longValue(), state.getJsonNumber("done").longValue());

        Page after = admin.get("/admin/search-index");
        assertEquals("100", after.document().selectFirst("progress").attr("value"));
        assertTrue(after.document().selectFirst(".index-state").text().startsWith("Đã xây dựng lại xong"),
                after.document().selectFirst(".index-state").text());
        assertTrue(new Api(server).search("Công Thương", "vi", 1, 10).json().getInt("total") > 0);
    }
}
