package vn.saola.editorial;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.content.Attachments;
import vn.saola.content.ImageUses;
import vn.saola.media.AttachmentType;
import vn.saola.media.FileStore;
import vn.saola.media.ImageFilter;
import vn.saola.media.ImageLibrary;
import vn.saola.media.ImagePage;
import vn.saola.media.LibraryImageView;
import vn.saola.platform.SiteSettings;

/**
 * {@code /admin/media}: the library. Its images (every upload, newest first, with where each is
 * shown), found by words of their names, text alternatives or captions and by month, and uploaded
 * here too; its attached documents (every stored file once, with the articles and pages that list
 * it), found by words, type and month; and the stored files nothing lists any more, which may be deleted.
 */
@Controller
@RequestScoped
@Path("admin/media")
public class MediaController {

    /** The type filter's choice for images; the others are the documents' extensions. */
    static final String IMAGES = "image";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    @Inject
    ImageLibrary images;

    @Inject
    ImageUses uses;

    @Inject
    SiteSettings settings;

    @Inject
    AuditLog audit;

    @GET
    public String library(@QueryParam("q") String words, @QueryParam("type") String type, @QueryParam("month") String month,
            @QueryParam("page") String page, @QueryParam("done") String deleted, @QueryParam("upload") String uploadProblem,
            @QueryParam("replace") String replaceProblem) {
        desk.open("media");
        String chosen = IMAGES.equals(type) ? IMAGES
                : AttachmentType.ofExtension(type == null ? "" : type).map(AttachmentType::extension).orElse("");
        String typed = words == null ? "" : words.strip();
        if (typed.length() > 200) {
            typed = typed.substring(0, 200);
        }
        YearMonth inMonth = month(month);
        ZoneId zone = settings.zone();
        Instant from = inMonth == null ? null : inMonth.atDay(1).atStartOfDay(zone).toInstant();
        Instant until = inMonth == null ? null : inMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (chosen.isEmpty() || chosen.equals(IMAGES)) {
            ImagePage shown = images.find(new ImageFilter(typed, inMonth), pageNumber(page));
            models.put("images", shown);
            models.put("imageUses", uses.of(shown.images().stream().map(LibraryImageView::key).toList(), desk.language()));
        }
        models.put("files", chosen.equals(IMAGES) ? List.of() : attachments.library(typed, chosen, from, until, desk.language()));
        models.put("q", typed);
        models.put("type", chosen);
        models.put("month", inMonth == null ? "" : inMonth.toString());
        models.put("months", images.months());
        models.put("types", Stream.concat(Stream.of(IMAGES), Arrays.stream(AttachmentType.values()).map(AttachmentType::extension))
                .toList());
        models.put("limit", Attachments.LIBRARY_SIZE);
        models.put("maxImageSize", images.maxSize());
        Set<String> used = attachments.keysInUse();
        models.put("unused", files.all().stream().filter(f -> !used.contains(f.key()))
                .limit(Attachments.LIBRARY_SIZE).toList());
        if (deleted != null && deleted.matches("deleted|inUse|imageDeleted|fileReplaced|fileGone")) {
            models.put("notice", desk.message("media.notice." + deleted));
        }
        if (uploadProblem != null && uploadProblem.matches("upload\\.error\\.[a-z]+")) {
            models.put("uploadError", desk.message(uploadProblem, images.maxSize()));
        }
        if (replaceProblem != null && replaceProblem.matches("attachment\\.error\\.(missing|type|size)")) {
            models.put("replaceError", desk.message(replaceProblem, files.maxSize(), Attachments.MAX_PER_ARTICLE));
        }
        return "editorial/media.html";
    }

    /**
     * Deletes a stored file no article or page lists any more (one taken off, or whose articles were
     * deleted). Refused while something lists it: its address is in a published page.
     */
    @POST
    @Path("unused/{key: [0-9a-f]{32}}/delete")
    public Response delete(@PathParam("key") String key) throws IOException {
        SignedIn editor = desk.openForEditors("media");
        if (attachments.inUse(key)) {
            return Response.seeOther(URI.create("/admin/media?done=inUse#unused")).build();
        }
        files.delete(key);
        audit.record(new AuditRecord(editor.username(), AuditAction.FILE_DELETED, "file:" + key, null, null));
        return Response.seeOther(URI.create("/admin/media?done=deleted#unused")).build();
    }

    /** {@code 2026-11}; null for none, or for anything else. */
    static YearMonth month(String month) {
        if (month == null || !month.matches("[0-9]{4}-[0-9]{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    private static int pageNumber(String page) {
        return page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }
}
