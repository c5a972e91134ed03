package vn.saola.accounts;

/** What an account may do: editors write and publish, administrators also run the site. */
public enum Role {
    EDITOR,
    ADMIN
}
