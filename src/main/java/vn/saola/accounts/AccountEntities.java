package vn.saola.accounts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.saola.platform.PersistenceContributor;

/** The accounts' tables: accounts, their API tokens and their recovery codes. */
@ApplicationScoped
public class AccountEntities implements PersistenceContributor {

    @Override
    public List<Class<?>> entities() {
        return List.of(Account.class, ApiToken.class, RecoveryCode.class);
    }
}
