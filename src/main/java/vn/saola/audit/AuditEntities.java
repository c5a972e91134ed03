package vn.saola.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.saola.platform.PersistenceContributor;

/** The audit log's table. */
@ApplicationScoped
public class AuditEntities implements PersistenceContributor {

    @Override
    public List<Class<?>> entities() {
        return List.of(AuditEntry.class);
    }
}
