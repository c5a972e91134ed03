package vn.saola.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import vn.saola.content.ArticleStatus;
import vn.saola.content.ContentChanges;
import vn.saola.content.EditRefused;
import vn.saola.content.TranslationStatus;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/**
 * The article operations tooling needs besides the import, for editors and administrators
 * (HTTP Basic): {@code PUT /api/articles/{id}/status} with {@code published} or {@code draft} for
 * every language at once, {@code PUT /api/articles/{id}/{lang}/status} with {@code published},
 * {@code unpublished} or {@code draft} for one, {@code DELETE /api/articles/{id}} (to the trash) and
 * {@code POST /api/articles/{id}/restore}. {@code id} is the import id, or Saola's own id.
 */
@Path("api/articles/{id}")
public class ArticlesApi {

    @Inject
    ContentChanges content;

    @Context
    SecurityContext caller;

    @PUT
    @Path("status")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response setStatus(@PathParam("id") String id, String status) {
        ArticleStatus wanted = switch (status == null ? "" : status.strip()) {
            case "published" -> ArticleStatus.PUBLISHED;
            case "draft" -> ArticleStatus.DRAFT;
            default -> throw new BadRequestException();
        };
        if (!content.setStatus(id, wanted, caller.getUserPrincipal().getName())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    /** One language's status; the other keeps its own. 404 when the article is not written in it. */
    @PUT
    @Path("{lang: vi|en}/status")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response setTranslationStatus(@PathParam("id") String id, @PathParam("lang") String lang, String status) {
        TranslationStatus wanted = switch (status == null ? "" : status.strip()) {
            case "published" -> TranslationStatus.PUBLISHED;
            case "unpublished" -> TranslationStatus.UNPUBLISHED;
            case "draft" -> TranslationStatus.DRAFT;
            default -> throw new BadRequestException();
        };
        Language language = Language.fromCode(lang).orElseThrow(NotFoundException::new);
        if (!content.setStatus(id, language, wanted, caller.getUserPrincipal().getName())) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    @DELETE
    public Response delete(@PathParam("id") String id) {
        try {
            if (!content.delete(id, caller.getUserPrincipal().getName())) {
                throw new NotFoundException();
            }
        } catch (EditRefused refused) {
            return conflict(refused);
        }
        return Response.noContent().build();
    }

    /** Takes the article out of the trash, as it was: its addresses answer again. */
    @POST
    @Path("restore")
    public Response restore(@PathParam("id") String id) {
        try {
            if (!content.restore(id, caller.getUserPrincipal().getName())) {
                throw new NotFoundException();
            }
        } catch (EditRefused refused) {
            return conflict(refused);
        }
        return Response.noContent().build();
    }

    /** Why it was refused, in English (the API's language): a page with pages under it, a parent still in the trash. */
    private static Response conflict(EditRefused refused) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(jakarta.json.Json.createObjectBuilder()
                        .add("error", Messages.get(Language.EN, refused.messageKey())).build().toString())
                .build();
    }
}
