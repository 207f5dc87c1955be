-- lmsctl schema version 1: tenants, users, groups, audit trail.

CREATE TABLE tenant (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    parent_id   INTEGER REFERENCES tenant(id),
    domain      TEXT,
    brand_color TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX tenant_parent ON tenant(parent_id);

CREATE TABLE user (
    id               INTEGER PRIMARY KEY,
    tenant_id        INTEGER NOT NULL REFERENCES tenant(id),
    external_id      TEXT,
    email            TEXT NOT NULL COLLATE NOCASE,
    first_name       TEXT NOT NULL,
    last_name        TEXT NOT NULL,
    department       TEXT,
    location         TEXT,
    manager_id       INTEGER REFERENCES user(id) ON DELETE SET NULL,
    start_date       TEXT,
    locale           TEXT,
    roles            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'suspended', 'erased')),
    last_activity_at TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
-- An index on tenant_id alone is (tenant_id, rowid): `user list` pages in id order without sorting.
CREATE INDEX user_tenant ON user(tenant_id);
CREATE UNIQUE INDEX user_tenant_external_id ON user(tenant_id, external_id);
CREATE UNIQUE INDEX user_tenant_email ON user(tenant_id, email COLLATE NOCASE);
CREATE INDEX user_manager ON user(manager_id) WHERE manager_id IS NOT NULL;

CREATE TABLE user_group (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenant(id),
    name        TEXT NOT NULL COLLATE NOCASE,
    description TEXT,
    rule        TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (tenant_id, name)
);

-- Membership is materialised: `static` rows are set by hand, `rule` rows are recomputed
-- in the same transaction as every change to a user or a rule.
CREATE TABLE group_member (
    group_id INTEGER NOT NULL REFERENCES user_group(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    source   TEXT NOT NULL CHECK (source IN ('static', 'rule')),
    PRIMARY KEY (group_id, user_id, source)
) WITHOUT ROWID;
CREATE INDEX group_member_user ON group_member(user_id);

-- Append-only, hash-chained. No personal data: targets are ids, counts and field names.
CREATE TABLE audit_event (
    seq    INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    tenant TEXT,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    prev   TEXT NOT NULL,
    hash   TEXT NOT NULL
);
