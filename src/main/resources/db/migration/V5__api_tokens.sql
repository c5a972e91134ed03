-- Tokens for tooling (imports, scripts): a random secret shown once, kept only as its SHA-256.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT NOT NULL,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(20) NOT NULL,
    secret_hash  VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash)
);
