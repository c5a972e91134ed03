package vn.saola.editorial;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.AccountRefused;
import vn.saola.accounts.QrCode;
import vn.saola.accounts.SignedIn;
import vn.saola.accounts.TotpCodes;
import vn.saola.accounts.TwoFactor;
import vn.saola.content.SiteIdentities;
import vn.saola.security.ClientAddress;

/**
 * {@code /admin/two-factor}: each account turns two-factor sign-in on (scanning a QR code, then
 * typing the app's code, which proves the app has the secret) or off (with a current code), and
 * makes new recovery codes. Administrators also decide here whether every administrator must use it.
 */
@Controller
@RequestScoped
@Path("admin/two-factor")
public class TwoFactorController {

    static final String VIEW = "accounts/two-factor.html";
    /** The secret being set up, kept in the session until the app's first code confirms it. */
    private static final String PENDING = "saola.pendingTotpSecret";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    TwoFactor twoFactor;

    @Inject
    SiteIdentities site;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @GET
    public String page(@QueryParam("done") String done, @QueryParam("required") String required) {
        SignedIn me = desk.open("two-factor");
        if (done != null && done.matches("on|off|policy")) {
            models.put("notice", desk.message("twoFactor.notice." + done));
        }
        models.put("mustEnrol", required != null);
        return show(me, Map.of());
    }

    @POST
    @Path("start")
    public String start() {
        SignedIn me = desk.open("two-factor");
        String secret = TotpCodes.newSecret();
        request.getSession().setAttribute(PENDING, secret);
        return show(me, Map.of());
    }

    @POST
    @Path("confirm")
    public Response confirm(@FormParam("code") String code) {
        SignedIn me = desk.open("two-factor");
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING);
        if (secret == null) {
            return Response.seeOther(URI.create("/admin/two-factor")).build();
        }
        try {
            List<String> codes = twoFactor.turnOn(me, secret, code);
            session.removeAttribute(PENDING);
            models.put("recoveryCodes", codes);
            models.put("notice", desk.message("twoFactor.notice.on"));
            show(me, Map.of());
            return Response.ok(VIEW).build();
        } catch (AccountRefused refused) {
            show(me, Map.of(refused.field(), refused.messageKey()));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
    }

    @POST
    @Path("off")
    public Response turnOff(@FormParam("code") String code) {
        SignedIn me = desk.open("two-factor");
        if (!verified(me, code)) {
            show(me, Map.of("offCode", "twoFactor.error.code"));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        twoFactor.turnOff(me.accountId(), me);
        return Response.seeOther(URI.create("/admin/two-factor?done=off")).build();
    }

    @POST
    @Path("recovery-codes")
    public Response recoveryCodes(@FormParam("code") String code) {
        SignedIn me = desk.open("two-factor");
        if (!verified(me, code)) {
            show(me, Map.of("newCodesCode", "twoFactor.error.code"));
            return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
        }
        models.put("recoveryCodes", twoFactor.newRecoveryCodes(me));
        show(me, Map.of());
        return Response.ok(VIEW).build();
    }

    /** Administrators only (web.xml): whether every administrator must sign in with a second factor. */
    @POST
    @Path("policy")
    public Response policy(@FormParam("required") String required) {
        SignedIn me = desk.open("two-factor");
        twoFactor.requireForAdmins("true".equals(required), me);
        return Response.seeOther(URI.create("/admin/two-factor?done=policy")).build();
    }

    private boolean verified(SignedIn me, String code) {
        return twoFactor.check(me, code, clientAddress.of(request)).passed();
    }

    private String show(SignedIn me, Map<String, String> problems) {
        boolean enabled = twoFactor.enabled(me.accountId());
        models.put("enabled", enabled);
        models.put("codesLeft", enabled ? twoFactor.recoveryCodesLeft(me.accountId()) : 0);
        models.put("requiredForAdmins", twoFactor.requiredForAdmins());
        models.put("errors", desk.messages(problems));
        String pending = enabled ? null : (String) request.getSession().getAttribute(PENDING);
        if (pending != null) {
            String uri = TotpCodes.enrolmentUri(site.current().siteName(desk.language()), me.username(), pending);
            models.put("qrSvg", QrCode.svg(uri));
            models.put("secret", pending.replaceAll("(.{4})(?!$)", "$1 "));
        }
        return VIEW;
    }
}
