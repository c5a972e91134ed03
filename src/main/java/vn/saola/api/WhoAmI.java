package vn.saola.api;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SaolaAuthentication;
import vn.saola.accounts.SignedIn;

/** {@code GET /api/me}: which account the credentials sent belong to — for tooling checking its setup. */
@Path("api/me")
public class WhoAmI {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    CurrentAccount account;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        SignedIn signedIn = account.get().orElseThrow(() -> new NotAuthorizedException(SaolaAuthentication.CHALLENGE));
        return JSON.createObjectBuilder().add("username", signedIn.username())
                .add("role", signedIn.role().name()).build().toString();
    }
}
