-- lmsctl schema version 7: API tokens for `lmsctl serve`. Only a SHA-256 of each token
-- is kept; the token itself is shown once when it is created. A token without a
-- tenant reaches the whole store (for the server's operator).
CREATE TABLE api_token (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id  INTEGER REFERENCES tenant(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'dpo', 'reporter')),
    label      TEXT,
    hash       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_on TEXT,
    revoked_at TEXT
);
CREATE INDEX api_token_tenant ON api_token(tenant_id);

