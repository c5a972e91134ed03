package vn.saola.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.saola.testing.Api;
import vn.saola.testing.SaolaServer;

/** A published, edited, unpublished or deleted article shows in search as such (how soon: {@code bench/index-latency.sh}). */
class IndexFollowsChangesIT {

    private final Api api = new Api(SaolaServer.embedded());
    private final String word = "kiemtra" + UUID.randomUUID().toString().substring(0, 8);
    private final String id = "follow-" + word;

    @AfterEach
    void cleanUp() {
        api.delete(id);
    }

    @Test
    void searchFollowsPublishingEditingUnpublishingAndDeleting() {
        api.importLines(Api.ndjson(List.of(Api.line(id, "vi", "Thông cáo " + word, "Nội dung thông cáo.", "Kiểm thử"))));
        assertEquals(1, api.awaitTotal(word, "vi", 1), "published");

        String edited = "suadoi" + word;
        api.importLines(Api.ndjson(List.of(Api.line(id, "vi", "Thông cáo " + edited, "Nội dung mới.", "Kiểm thử"))));
        assertEquals(1, api.awaitTotal(edited, "vi", 1), "the new title is found");
        assertEquals(0, api.awaitTotal("Thông cáo " + word, "vi", 0), "the old title is gone");

        assertEquals(204, api.setStatus(id, "draft").status());
        assertEquals(0, api.awaitTotal(edited, "vi", 0), "a draft is never found");

        assertEquals(204, api.setStatus(id, "published").status());
        assertEquals(1, api.awaitTotal(edited, "vi", 1), "published again");

        assertEquals(204, api.delete(id).status());
        assertEquals(0, api.awaitTotal(edited, "vi", 0), "deleted");
        assertEquals(404, api.delete(id).status());
    }
}
