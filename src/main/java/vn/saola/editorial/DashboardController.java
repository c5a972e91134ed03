package vn.saola.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import vn.saola.accounts.CurrentAccount;
import vn.saola.content.ContentService;

/** {@code /admin/}: where an editor lands after signing in. */
@Controller
@RequestScoped
@Path("admin")
public class DashboardController {

    @Inject
    Models models;

    @Inject
    CurrentAccount account;

    @Inject
    ContentService content;

    @GET
    public String dashboard() {
        models.put("account", account.get().orElseThrow(() -> new jakarta.ws.rs.ForbiddenException()));
        models.put("articleCount", content.articleCount());
        return "editorial/dashboard.html";
    }
}
