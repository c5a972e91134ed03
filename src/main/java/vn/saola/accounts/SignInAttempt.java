package vn.saola.accounts;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/** What became of the password presented with this request, for the one who answers it. */
@RequestScoped
public class SignInAttempt {

    private SignInRefusal refusal;

    void refuse(SignInRefusal why) {
        refusal = why;
    }

    /** Why the password was not checked at all, if it was not. */
    public Optional<SignInRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }
}
