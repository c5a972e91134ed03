package vn.saola.accounts;

/**
 * What an account may do (issue 21): contributors write and translate and send their work for
 * approval; editors also approve, publish, schedule, take down and delete; administrators also run
 * the site (accounts, settings, statistics, purging the trash). Each role can do what the one
 * before it can.
 */
public enum Role {
    CONTRIBUTOR,
    EDITOR,
    ADMIN;

    /** Whether it publishes, takes down, approves and deletes, or only proposes. */
    public boolean mayPublish() {
        return this != CONTRIBUTOR;
    }

    /** The container's groups for it: its own name and those of the roles below it. */
    java.util.Set<String> groups() {
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (Role role : values()) {
            if (role.ordinal() <= ordinal()) {
                groups.add(role.name());
            }
        }
        return java.util.Set.copyOf(groups);
    }

    /** The highest role among the container's groups. */
    static Role highestOf(java.util.Set<String> groups) {
        Role highest = CONTRIBUTOR;
        for (Role role : values()) {
            if (groups.contains(role.name())) {
                highest = role;
            }
        }
        return highest;
    }
}
