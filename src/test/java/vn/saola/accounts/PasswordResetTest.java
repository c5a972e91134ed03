package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The reset command's refusals, which happen before it touches any database. */
class PasswordResetTest {

    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);

    private String said() {
        return said.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAUserNameItSaysHowToUseIt() {
        assertEquals(2, PasswordReset.run(new String[0], null, "mat-khau-moi-2026", out));
        assertEquals(2, PasswordReset.run(new String[] {"--no-two-factor"}, null, "mat-khau-moi-2026", out));
        assertEquals(2, PasswordReset.run(new String[] {"--force", "admin"}, null, "mat-khau-moi-2026", out));
        assertTrue(said().contains("Usage: saola-password [--no-two-factor] <user name>"), said());
    }

    @Test
    void withoutATerminalOrThePasswordInTheEnvironmentItChangesNothing() {
        assertEquals(2, PasswordReset.run(new String[] {"admin"}, null, null, out));
        assertTrue(said().contains("No terminal to ask for the password: run this in a terminal, or set SAOLA_NEW_PASSWORD."), said());
    }

    @Test
    void aWeakPasswordIsRefusedAndNeverPrinted() {
        assertEquals(2, PasswordReset.run(new String[] {"admin"}, null, "aaaaaaaaaaaaaaaaaa", out));
        assertTrue(said().contains("Refused: a password must have 12 to 200 characters"), said());
        assertTrue(!said().contains("aaaaaaaaaaaaaaaaaa"), said());
    }
}
