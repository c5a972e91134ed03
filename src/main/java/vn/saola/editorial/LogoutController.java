package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SaolaAuthentication;
import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;

/** Signing out: a POST (with the CSRF token), so no link or image elsewhere can sign an editor out. */
@Controller
@RequestScoped
@Path("admin/logout")
public class LogoutController {

    @Context
    HttpServletRequest request;

    @Inject
    AuditLog audit;

    @POST
    public Response signOut() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
                audit.record(AuditRecord.of(signedIn.username(), AuditAction.SIGN_OUT));
            }
            session.invalidate();
        }
        return Response.seeOther(URI.create(SaolaAuthentication.LOGIN_PATH)).build();
    }
}
