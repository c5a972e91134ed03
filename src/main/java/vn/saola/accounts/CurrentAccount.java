package vn.saola.accounts;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The account the current request is made by, as {@link SaolaAuthentication} established it (on protected paths). */
@RequestScoped
public class CurrentAccount {

    @Inject
    HttpServletRequest request;

    public Optional<SignedIn> get() {
        return Optional.ofNullable((SignedIn) request.getAttribute(SignedIn.ATTRIBUTE));
    }
}
