package vn.saola.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleDirectory;
import vn.saola.content.SiteIdentities;
import vn.saola.search.SearchIndex;

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
    ArticleDirectory content;

    @Inject
    SiteIdentities identities;

    @Inject
    SearchIndex searchIndex;

    @GET
    public String dashboard() {
        SignedIn signedIn = account.get().orElseThrow(() -> new jakarta.ws.rs.ForbiddenException());
        models.put("account", signedIn);
        models.put("articleCount", content.articleCount());
        // Administrators are told when search may miss articles (they are the ones who can rebuild it).
        models.put("indexProgress", signedIn.isAdmin() ? searchIndex.rebuildProgress() : null);
        models.put("identityMissing", signedIn.isAdmin() && !identities.current().filledIn());
        return "editorial/dashboard.html";
    }
}
