-- Accounts of the configuration, with their salted PBKDF2 hashes and failed log-ins in a row (reading R-frozen-account).
CREATE TABLE IF NOT EXISTS accounts (
    user_id       VARCHAR(128) PRIMARY KEY,
    name          VARCHAR(128) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    failed_logins INT          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS accounts_name ON accounts (name);

-- Issued tokens, kept only as their SHA-256 (hex); expires_at in epoch milliseconds.
CREATE TABLE IF NOT EXISTS tokens (
    token_hash CHAR(64)     PRIMARY KEY,
    user_id    VARCHAR(128) NOT NULL REFERENCES accounts (user_id) ON DELETE CASCADE,
    expires_at BIGINT       NOT NULL
);
CREATE INDEX IF NOT EXISTS tokens_user ON tokens (user_id);
