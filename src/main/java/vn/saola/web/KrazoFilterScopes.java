package vn.saola.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Makes Krazo's form-method filter one instance for the application instead of one per request.
 *
 * <p>Krazo 3.0.1 declares it {@code @RequestScoped}, and its constructor looks its helper up with
 * a {@code ServiceLoader}: on every request, pages and API alike, a search through every jar of
 * Payara Micro, serialised on the jars' locks. A thread dump under load showed most request
 * threads waiting there. The filter keeps no per-request state (its fields are the helper and
 * Krazo's configuration), so one instance serves all requests.
 */
public class KrazoFilterScopes implements Extension {

    private static final Set<String> STATELESS_PER_REQUEST_FILTERS = Set.of(
            "org.eclipse.krazo.forms.FormMethodOverwriteFilter");

    <T> void oneInstancePerApplication(@Observes ProcessAnnotatedType<T> event) {
        if (STATELESS_PER_REQUEST_FILTERS.contains(event.getAnnotatedType().getJavaClass().getName())) {
            event.configureAnnotatedType()
                    .remove(annotation -> annotation.annotationType() == RequestScoped.class)
                    .add(ApplicationScoped.Literal.INSTANCE);
        }
    }
}
