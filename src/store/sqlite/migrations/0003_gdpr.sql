-- lmsctl schema version 3: data-protection records (consents, requests, suppression
-- list) and per-tenant retention.

ALTER TABLE tenant ADD COLUMN retention_months INTEGER;

-- Which version of the privacy notice a user accepted, and when it was withdrawn.
CREATE TABLE consent (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    notice       TEXT NOT NULL,
    accepted_on  TEXT NOT NULL,
    withdrawn_on TEXT,
    UNIQUE (user_id, notice)
);

-- The register of data-subject requests (GDPR Art. 12(3): answer within one month).
-- The manifest says what was exported, erased or kept and why; no personal data.
CREATE TABLE subject_request (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenant(id),
    user_id     INTEGER REFERENCES user(id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('export', 'erase', 'rectify')),
    received_on TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    closed_on   TEXT,
    audit_seq   INTEGER,
    manifest    TEXT
);
CREATE INDEX subject_request_user ON subject_request(user_id);

-- Keyed hashes (HMAC-SHA256 with the store's secret) of the external ids and e-mail
-- addresses of erased people, so an import does not bring them back.
CREATE TABLE suppression (
    tenant_id  INTEGER NOT NULL REFERENCES tenant(id),
    kind       TEXT NOT NULL CHECK (kind IN ('external_id', 'email')),
    mac        TEXT NOT NULL,
    created_on TEXT NOT NULL,
    PRIMARY KEY (tenant_id, kind, mac)
) WITHOUT ROWID;

-- Secrets that never leave the store.
CREATE TABLE store_secret (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
INSERT INTO store_secret (name, value) VALUES ('suppression', randomblob(32));

-- Which audit events name which user, so that a subject export finds them without
-- reading the whole trail. Derived from the events (not part of the hash chain).
CREATE TABLE audit_subject (
    user_id INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (user_id, seq)
) WITHOUT ROWID;
INSERT OR IGNORE INTO audit_subject (user_id, seq)
    SELECT json_extract(target, '$.user_id'), seq FROM audit_event WHERE json_extract(target, '$.user_id') IS NOT NULL;
INSERT OR IGNORE INTO audit_subject (user_id, seq)
    SELECT j.value, e.seq FROM audit_event e, json_each(e.target, '$.user_ids') j;
