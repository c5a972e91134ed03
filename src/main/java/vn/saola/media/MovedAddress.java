package vn.saola.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address a replaced image had: it keeps answering, with a redirect to where the image is now. */
@Entity
@Table(name = "media_moved")
class MovedAddress {

    @Id
    @Column(length = 1000)
    private String address;

    @Column(name = "moved_to", nullable = false, length = 1000)
    private String movedTo;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected MovedAddress() {
    }

    MovedAddress(String address, String movedTo, Instant movedAt) {
        this.address = address;
        this.movedTo = movedTo;
        this.movedAt = movedAt;
    }

    String movedTo() {
        return movedTo;
    }

    void moveTo(String address, Instant at) {
        this.movedTo = address;
        this.movedAt = at;
    }
}
