package vn.saola.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Someone who may sign in to the admin or call the API. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A disabled account cannot sign in, and its open sessions end at their next request. */
    @Column(nullable = false)
    private boolean disabled;

    /** The shared secret of two-factor sign-in (Base32), when it is on. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The last time step whose code was accepted: a code is good once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    protected Account() {
    }

    /** Where notifications reach them (what awaits approval, what became of their own); null: none. */
    @Column(length = 254)
    private String email;

    public Account(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean disabled() {
        return disabled;
    }

    boolean twoFactor() {
        return totpSecret != null;
    }

    String totpSecret() {
        return totpSecret;
    }

    Long totpLastStep() {
        return totpLastStep;
    }

    void setTwoFactor(String secret, Long lastStep) {
        this.totpSecret = secret;
        this.totpLastStep = lastStep;
    }

    public String email() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    /**
     * Changes whenever the password does: the end of its hash (random salt and derived key), so
     * sessions can tell they were opened with an older password without keeping the hash itself.
     */
    String credentialStamp() {
        return passwordHash.substring(Math.max(0, passwordHash.length() - 12));
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
