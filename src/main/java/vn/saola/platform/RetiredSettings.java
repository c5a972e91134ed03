package vn.saola.platform;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings Saola no longer reads. One still set means the operator expects a behaviour that is
 * gone, so the start stops and says what replaced it, instead of silently doing otherwise.
 */
@ApplicationScoped
public class RetiredSettings {

    static final Map<String, String> RETIRED = Map.of(
            "saola.stats.trust-forwarded-for",
            "the client address is now taken from X-Forwarded-For only for requests from the proxies in"
                    + " saola.proxy.trusted (the rightmost address that is not one of them); remove"
                    + " saola.stats.trust-forwarded-for (SAOLA_STATS_TRUST_FORWARDED_FOR) and list your proxies there");

    void check(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object started) {
        Config config = ConfigProvider.getConfig(RetiredSettings.class.getClassLoader());
        RETIRED.forEach((key, instead) -> {
            if (config.getOptionalValue(key, String.class).isPresent()) {
                throw new IllegalStateException("The setting " + key + " is no longer read: " + instead + ".");
            }
        });
    }
}
