package vn.saola.editorial;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.security.SecureCookies;
import vn.saola.site.LanguageSwitch;

/**
 * {@code POST /admin/language}: the admin's own language switch. An editor may write English
 * articles in a Vietnamese admin or the other way round, so the choice is kept apart from the
 * public site's, in a cookie for {@code /admin} only.
 */
@Controller
@RequestScoped
@Path("admin/language")
public class AdminLanguageController {

    @Context
    HttpServletRequest request;

    @POST
    public Response choose(@FormParam("lang") String code, @FormParam("back") String back) {
        Language language = Language.fromCode(code == null ? "" : code).orElseThrow(BadRequestException::new);
        NewCookie chosen = new NewCookie.Builder(LanguageChoice.ADMIN_COOKIE)
                .value(language.code())
                .path("/admin")
                .maxAge(LanguageSwitch.ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .secure(SecureCookies.secure(request.isSecure()))
                .build();
        return Response.seeOther(URI.create(adminPath(back))).cookie(chosen).build();
    }

    /** Back to the admin page the switch was on; anything but a plain admin path means the dashboard. */
    static String adminPath(String back) {
        if (back != null && back.length() < 500 && back.matches("/admin/[A-Za-z0-9/_-]*(\\?[A-Za-z0-9=&_%.-]*)?")
                && !back.contains("//")) {
            return back;
        }
        return "/admin/";
    }
}
