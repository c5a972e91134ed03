package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.testing.SaolaServer;

/** A weak SAOLA_ADMIN_PASSWORD stops the start with a message that says what to do; it is never silently accepted. */
class FirstAdministratorIT {

    @Test
    void aWeakAdministratorPasswordStopsTheStartAndSaysWhy() {
        String log = SaolaServer.refusingToStart("weak-admin", Map.of("SAOLA_ADMIN_PASSWORD", "admin123"));
        assertTrue(log.contains("SAOLA_ADMIN_PASSWORD (saola.admin.password) is too weak: it must have 12 to 200 characters,"
                + " at least 5 of them different. Saola does not start with it"), "the log says why");
        assertFalse(log.contains("First administrator \"admin\" created"), "no administrator was made with it");
    }
}
