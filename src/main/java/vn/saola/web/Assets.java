package vn.saola.web;

import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code /assets/…}: stylesheets, scripts, fonts and images packed in the WAR. Pages link them by
 * fingerprinted names, kept a year; a plain name (a link from outside, an old share) is answered
 * too, asked about again each time.
 */
@Path("assets/{file: .+}")
public class Assets {

    /** Plain names, with at most one fingerprint before the extension: no "..", no hidden files. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\\.[0-9a-f]{12})?\\.[a-z0-9]+");

    @Inject
    AssetFiles assets;

    @Context
    HttpServletResponse response;

    @GET
    public Response asset(@PathParam("file") String file, @HeaderParam("Accept-Encoding") String acceptEncoding,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!SAFE.matcher(file).matches() || StaticFiles.type(file).isEmpty()) {
            throw new NotFoundException();
        }
        StaticFiles.HeldFile held = assets.find(file).orElseThrow(NotFoundException::new);
        String cacheControl = assets.isFingerprinted(file) ? StaticFiles.FOR_A_YEAR : StaticFiles.ASK_EACH_TIME;
        return StaticFiles.answer(held, cacheControl, acceptEncoding, ifNoneMatch, response);
    }
}
