package vn.saola.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.saola.testing.SaolaServer;

/** Settings an operator must not be left with: the start stops, and the log says why and what to do. */
class StartRefusalsIT {

    @Test
    void aWeakAdministratorPasswordStopsTheStartAndSaysWhy() {
        String log = SaolaServer.refusingToStart("weak-admin", Map.of("SAOLA_ADMIN_PASSWORD", "admin123"));
        assertTrue(log.contains("SAOLA_ADMIN_PASSWORD (saola.admin.password) is too weak: it must have 12 to 200 characters,"
                + " at least 5 of them different. Saola does not start with it"), "the log says why");
        assertFalse(log.contains("First administrator \"admin\" created"), "no administrator was made with it");
    }

    @Test
    void theRetiredForwardedForSettingStopsTheStartAndNamesItsReplacement() {
        String log = SaolaServer.refusingToStart("retired-setting", Map.of("SAOLA_STATS_TRUST_FORWARDED_FOR", "true"));
        assertTrue(log.contains("The setting saola.stats.trust-forwarded-for is no longer read: the client address is now taken"
                + " from X-Forwarded-For only for requests from the proxies in saola.proxy.trusted"), "the log says why");
    }
}
