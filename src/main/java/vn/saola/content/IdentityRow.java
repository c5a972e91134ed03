package vn.saola.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The site's identity, the part that is not per language: the logo, who saved it, its version. */
@Entity
@Table(name = "site_identity")
public class IdentityRow {

    /** There is one site. */
    static final int THE_SITE = 1;

    @Id
    private Integer id;

    @Column(length = 300)
    private String logo;

    @Column(name = "filled_in", nullable = false)
    private boolean filledIn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Version
    private int version;

    protected IdentityRow() {
    }

    IdentityRow(Instant now) {
        this.id = THE_SITE;
        this.updatedAt = now;
    }

    String logo() {
        return logo;
    }

    boolean filledIn() {
        return filledIn;
    }

    String updatedBy() {
        return updatedBy;
    }

    int version() {
        return version;
    }

    void saved(String by, Instant now) {
        filledIn = true;
        updatedBy = by;
        updatedAt = now;
    }

    void logo(String path, String by, Instant now) {
        logo = path;
        updatedBy = by;
        updatedAt = now;
    }
}
