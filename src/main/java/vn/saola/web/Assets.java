package vn.saola.web;

import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** {@code /assets/…}: stylesheets, scripts, fonts and images packed in the WAR, cached by browsers for a day. */
@Path("assets/{file: .+}")
public class Assets {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z0-9]+");

    @Inject
    ServletContext servletContext;

    @Context
    HttpServletResponse response;

    @GET
    public Response asset(@PathParam("file") String file) {
        if (!SAFE.matcher(file).matches()) {
            throw new NotFoundException();
        }
        String type = StaticFiles.type(file).orElseThrow(NotFoundException::new);
        return StaticFiles.serve(servletContext.getResourceAsStream("/assets/" + file), type, "max-age=86400", response);
    }
}
