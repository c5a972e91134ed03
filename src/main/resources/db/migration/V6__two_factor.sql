-- Optional two-factor sign-in (TOTP, RFC 6238): the shared secret, the last time step accepted
-- (a code is good once), one-time recovery codes kept as SHA-256, and the site's policy settings.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;

CREATE SEQUENCE recovery_code_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE recovery_code (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE site_setting (
    name          VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL
);
