package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.content.EditRefused;
import vn.saola.content.Register;
import vn.saola.content.Vocabulary;

/**
 * {@code /admin/documents/terms}: the lists the register sorts documents by — types, issuing bodies,
 * fields — each term named in both languages; renamed at will (addresses keep its code), deleted
 * only when no document uses it.
 */
@Controller
@RequestScoped
@Path("admin/documents/terms")
public class DocumentTermsController {

    private static final String PAGE = "/admin/documents/terms";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Register register;

    @GET
    public String terms(@QueryParam("saved") String saved, @QueryParam("problem") String problem) {
        desk.open("documents");
        models.put("lists", register.terms());
        models.put("uses", register.uses());
        models.put("vocabularies", Vocabulary.values());
        if (saved != null && saved.matches("added|renamed|removed")) {
            models.put("notice", desk.message("terms.notice." + saved));
        }
        if (problem != null && problem.matches("register\\.error\\.term(Taken|InUse|Gone|Length)|required")) {
            models.put("problem", desk.message(problem.equals("required") ? "register.error.termName" : problem));
        }
        return "editorial/document-terms.html";
    }

    @POST
    public Response add(@FormParam("vocabulary") String vocabulary, @FormParam("nameVi") String nameVi,
            @FormParam("nameEn") String nameEn) {
        desk.open("documents");
        Vocabulary list = Vocabulary.fromWord(vocabulary).orElseThrow(NotFoundException::new);
        return change("added", () -> register.addTerm(list, nameVi, nameEn));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/rename")
    public Response rename(@PathParam("id") long id, @FormParam("nameVi") String nameVi, @FormParam("nameEn") String nameEn) {
        desk.open("documents");
        return change("renamed", () -> register.renameTerm(id, nameVi, nameEn));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/remove")
    public Response remove(@PathParam("id") long id) {
        desk.open("documents");
        return change("removed", () -> register.removeTerm(id));
    }

    private static Response change(String notice, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create(PAGE + "?saved=" + notice)).build();
        } catch (EditRefused refused) {
            return Response.seeOther(URI.create(PAGE + "?problem=" + refused.messageKey())).build();
        }
    }
}
