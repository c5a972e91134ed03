package vn.saola.accounts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.api.migration.JavaMigration;

import vn.saola.platform.PersistenceContributor;

/** The accounts' tables: accounts, their API tokens and their recovery codes. */
@ApplicationScoped
public class AccountEntities implements PersistenceContributor {

    @Override
    public List<Class<?>> entities() {
        return List.of(Account.class, ApiToken.class, RecoveryCode.class);
    }

    @Override
    public List<JavaMigration> migrations() {
        return List.of(new UserNamesWithoutCase());
    }
}
