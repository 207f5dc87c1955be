-- lmsctl schema version 2: courses, assignments, enrollments, completions and certificates.

CREATE TABLE course (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenant(id),
    code         TEXT NOT NULL COLLATE NOCASE,
    title        TEXT NOT NULL,
    description  TEXT,
    mandatory    INTEGER NOT NULL DEFAULT 0,
    -- Certificate validity; a course with one recurs (re-certification when it runs out).
    valid_months INTEGER,
    valid_days   INTEGER,
    -- Shared courses appear in every descendant tenant's catalogue (live, not copied).
    shared       INTEGER NOT NULL DEFAULT 0,
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);

-- What was assigned: a rule that reaches a user, a group's members or a whole tenant,
-- including users who arrive later.
CREATE TABLE assignment (
    id         INTEGER PRIMARY KEY,
    tenant_id  INTEGER NOT NULL REFERENCES tenant(id),
    course_id  INTEGER NOT NULL REFERENCES course(id),
    target     TEXT NOT NULL CHECK (target IN ('user', 'group', 'tenant')),
    user_id    INTEGER REFERENCES user(id) ON DELETE CASCADE,
    group_id   INTEGER REFERENCES user_group(id) ON DELETE CASCADE,
    -- 'date': due_date; 'after_assign' / 'after_start': due_days after the user got the
    -- course / after the user's start date; 'none'.
    due_kind   TEXT NOT NULL CHECK (due_kind IN ('none', 'date', 'after_assign', 'after_start')),
    due_date   TEXT,
    due_days   INTEGER,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX assignment_target ON assignment(tenant_id, course_id, target, ifnull(user_id, 0), ifnull(group_id, 0));
CREATE INDEX assignment_user ON assignment(user_id) WHERE user_id IS NOT NULL;
CREATE INDEX assignment_group ON assignment(group_id) WHERE group_id IS NOT NULL;

-- Who has which course to do, derived from the assignments and kept current in the
-- same transaction as every change that could alter it.
CREATE TABLE enrollment (
    user_id     INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    course_id   INTEGER NOT NULL REFERENCES course(id),
    assigned_on TEXT NOT NULL,
    due_on      TEXT,
    progress    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, course_id)
) WITHOUT ROWID;
CREATE INDEX enrollment_course ON enrollment(course_id);

-- Proof that a course was done, with its certificate.
-- AUTOINCREMENT: ids (and so certificate serials) are never used twice, not even
-- after the newest completions were deleted with their tenant.
CREATE TABLE completion (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    course_id    INTEGER NOT NULL REFERENCES course(id),
    completed_on TEXT NOT NULL,
    score        REAL,
    serial       TEXT NOT NULL UNIQUE,
    expires_on   TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX completion_user_course ON completion(user_id, course_id, completed_on);
CREATE INDEX completion_course ON completion(course_id);
