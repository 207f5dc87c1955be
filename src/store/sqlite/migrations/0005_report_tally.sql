-- lmsctl schema version 5: what reports read quickly.
--
-- 1. Each enrollment carries its latest completion (date and expiry), kept current by a
--    trigger, so a status needs no look-up in `completion` unless an `--as-of` date lies
--    before that completion.
-- 2. `enrollment_tally` counts enrollments by everything a compliance figure depends on
--    (tenant, course, department, location, due date, progress, done, expiry). Triggers
--    keep it current in the same transaction as every change to an enrollment or to a
--    user's tenant, department or location, so a compliance report reads a few hundred
--    thousand counts instead of millions of enrollments. `latest` is the newest
--    assignment or completion date ever counted in a row: for an `--as-of` date before
--    it, the report counts the enrollments themselves.

ALTER TABLE enrollment ADD COLUMN done_on TEXT;
ALTER TABLE enrollment ADD COLUMN expires_on TEXT;

UPDATE enrollment SET (done_on, expires_on) = (
    SELECT x.completed_on, x.expires_on FROM completion x
    WHERE x.user_id = enrollment.user_id AND x.course_id = enrollment.course_id
    ORDER BY x.completed_on DESC, x.id DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM completion x WHERE x.user_id = enrollment.user_id AND x.course_id = enrollment.course_id);

-- A completion finishes the course (progress 100); the newest is the enrollment's.
CREATE TRIGGER completion_latest AFTER INSERT ON completion BEGIN
    UPDATE enrollment SET progress = 100,
        expires_on = CASE WHEN done_on IS NULL OR done_on <= NEW.completed_on THEN NEW.expires_on ELSE expires_on END,
        done_on = CASE WHEN done_on IS NULL OR done_on <= NEW.completed_on THEN NEW.completed_on ELSE done_on END
    WHERE user_id = NEW.user_id AND course_id = NEW.course_id;
END;

-- Open enrollments by due date: `report overdue`.
CREATE INDEX enrollment_open ON enrollment(due_on) WHERE done_on IS NULL;

-- The tally key of each enrollment. Text columns hold '' for "none" (a key cannot be
-- NULL); due date and progress only matter while not done, the expiry only once done.
CREATE VIEW enrollment_bucket AS
SELECT e.user_id, e.course_id, u.tenant_id,
       ifnull(u.department, '') AS department,
       ifnull(u.location, '') AS location,
       CASE WHEN e.done_on IS NULL THEN ifnull(e.due_on, '') ELSE '' END AS due_on,
       e.done_on IS NULL AND e.progress > 0 AS progress,
       e.done_on IS NOT NULL AS done,
       CASE WHEN e.done_on IS NULL THEN '' ELSE ifnull(e.expires_on, '') END AS expires_on,
       max(e.assigned_on, ifnull(e.done_on, '')) AS latest
FROM enrollment e JOIN user u ON u.id = e.user_id;

CREATE TABLE enrollment_tally (
    tenant_id  INTEGER NOT NULL,
    course_id  INTEGER NOT NULL,
    department TEXT NOT NULL,
    location   TEXT NOT NULL,
    due_on     TEXT NOT NULL,
    progress   INTEGER NOT NULL,
    done       INTEGER NOT NULL,
    expires_on TEXT NOT NULL,
    n          INTEGER NOT NULL,
    latest     TEXT NOT NULL,
    PRIMARY KEY (tenant_id, course_id, department, location, due_on, progress, done, expires_on)
) WITHOUT ROWID;
-- Rows counted down to zero, removed at the end of each write.
CREATE INDEX enrollment_tally_empty ON enrollment_tally(tenant_id) WHERE n = 0;

INSERT INTO enrollment_tally
SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on, count(*), max(latest)
FROM enrollment_bucket GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

CREATE TRIGGER enrollment_tally_insert AFTER INSERT ON enrollment BEGIN
    INSERT INTO enrollment_tally
    SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on, 1, latest
    FROM enrollment_bucket WHERE user_id = NEW.user_id AND course_id = NEW.course_id
    ON CONFLICT DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest);
END;

CREATE TRIGGER enrollment_tally_delete BEFORE DELETE ON enrollment BEGIN
    UPDATE enrollment_tally SET n = n - 1
    WHERE (tenant_id, course_id, department, location, due_on, progress, done, expires_on) = (
        SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on
        FROM enrollment_bucket WHERE user_id = OLD.user_id AND course_id = OLD.course_id);
END;

CREATE TRIGGER enrollment_tally_before_update BEFORE UPDATE OF due_on, progress, done_on, expires_on ON enrollment
WHEN OLD.due_on IS NOT NEW.due_on OR (OLD.progress > 0) != (NEW.progress > 0)
     OR OLD.done_on IS NOT NEW.done_on OR OLD.expires_on IS NOT NEW.expires_on
BEGIN
    UPDATE enrollment_tally SET n = n - 1
    WHERE (tenant_id, course_id, department, location, due_on, progress, done, expires_on) = (
        SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on
        FROM enrollment_bucket WHERE user_id = OLD.user_id AND course_id = OLD.course_id);
END;

CREATE TRIGGER enrollment_tally_after_update AFTER UPDATE OF due_on, progress, done_on, expires_on ON enrollment
WHEN OLD.due_on IS NOT NEW.due_on OR (OLD.progress > 0) != (NEW.progress > 0)
     OR OLD.done_on IS NOT NEW.done_on OR OLD.expires_on IS NOT NEW.expires_on
BEGIN
    INSERT INTO enrollment_tally
    SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on, 1, latest
    FROM enrollment_bucket WHERE user_id = NEW.user_id AND course_id = NEW.course_id
    ON CONFLICT DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest);
END;

-- A user's enrollments lie in one row per course, so each row counts down once.
CREATE TRIGGER user_tally_before_update BEFORE UPDATE OF tenant_id, department, location ON user
WHEN OLD.tenant_id IS NOT NEW.tenant_id OR OLD.department IS NOT NEW.department OR OLD.location IS NOT NEW.location
BEGIN
    UPDATE enrollment_tally SET n = n - 1
    WHERE (tenant_id, course_id, department, location, due_on, progress, done, expires_on) IN (
        SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on
        FROM enrollment_bucket WHERE user_id = OLD.id);
END;

CREATE TRIGGER user_tally_after_update AFTER UPDATE OF tenant_id, department, location ON user
WHEN OLD.tenant_id IS NOT NEW.tenant_id OR OLD.department IS NOT NEW.department OR OLD.location IS NOT NEW.location
BEGIN
    INSERT INTO enrollment_tally
    SELECT tenant_id, course_id, department, location, due_on, progress, done, expires_on, 1, latest
    FROM enrollment_bucket WHERE user_id = NEW.id
    ON CONFLICT DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest);
END;
