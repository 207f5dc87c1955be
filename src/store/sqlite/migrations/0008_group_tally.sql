-- lmsctl schema version 8: compliance figures by group from a tally.
--
-- `group_tally` counts the enrollments of each group's members like `enrollment_tally`
-- counts those of a tenant (same key columns from `enrollment_bucket`, same '' for
-- "none", same `latest`), so `report compliance --by group` and `--group` read a few
-- thousand counts instead of the enrollments of every member. A user counts once per
-- group, whether a static member, a rule member or both. Triggers keep it current in
-- the same transaction as every change to an enrollment or to a membership.

CREATE TABLE group_tally (
    group_id   INTEGER NOT NULL,
    course_id  INTEGER NOT NULL,
    due_on     TEXT NOT NULL,
    progress   INTEGER NOT NULL,
    done       INTEGER NOT NULL,
    expires_on TEXT NOT NULL,
    n          INTEGER NOT NULL,
    latest     TEXT NOT NULL,
    PRIMARY KEY (group_id, course_id, due_on, progress, done, expires_on)
) WITHOUT ROWID;
-- Rows counted down to zero, removed at the end of each write.
CREATE INDEX group_tally_empty ON group_tally(group_id) WHERE n = 0;

INSERT INTO group_tally
SELECT m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on, count(*), max(b.latest)
FROM (SELECT DISTINCT group_id, user_id FROM group_member) m JOIN enrollment_bucket b ON b.user_id = m.user_id
GROUP BY 1, 2, 3, 4, 5, 6;

-- An enrollment counts in each group of its user: DISTINCT (and IN, a set) make a user
-- with both a static and a rule membership count once.
CREATE TRIGGER group_tally_insert AFTER INSERT ON enrollment BEGIN
    INSERT INTO group_tally
    SELECT DISTINCT m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on, 1, b.latest
    FROM enrollment_bucket b JOIN group_member m ON m.user_id = b.user_id
    WHERE b.user_id = NEW.user_id AND b.course_id = NEW.course_id
    ON CONFLICT DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest);
END;

CREATE TRIGGER group_tally_delete BEFORE DELETE ON enrollment BEGIN
    UPDATE group_tally SET n = n - 1
    WHERE (group_id, course_id, due_on, progress, done, expires_on) IN (
        SELECT m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on
        FROM enrollment_bucket b JOIN group_member m ON m.user_id = b.user_id
        WHERE b.user_id = OLD.user_id AND b.course_id = OLD.course_id);
END;

CREATE TRIGGER group_tally_before_update BEFORE UPDATE OF due_on, progress, done_on, expires_on ON enrollment
WHEN OLD.due_on IS NOT NEW.due_on OR (OLD.progress > 0) != (NEW.progress > 0)
     OR OLD.done_on IS NOT NEW.done_on OR OLD.expires_on IS NOT NEW.expires_on
BEGIN
    UPDATE group_tally SET n = n - 1
    WHERE (group_id, course_id, due_on, progress, done, expires_on) IN (
        SELECT m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on
        FROM enrollment_bucket b JOIN group_member m ON m.user_id = b.user_id
        WHERE b.user_id = OLD.user_id AND b.course_id = OLD.course_id);
END;

CREATE TRIGGER group_tally_after_update AFTER UPDATE OF due_on, progress, done_on, expires_on ON enrollment
WHEN OLD.due_on IS NOT NEW.due_on OR (OLD.progress > 0) != (NEW.progress > 0)
     OR OLD.done_on IS NOT NEW.done_on OR OLD.expires_on IS NOT NEW.expires_on
BEGIN
    INSERT INTO group_tally
    SELECT DISTINCT m.group_id, b.course_id, b.due_on, b.progress, b.done, b.expires_on, 1, b.latest
    FROM enrollment_bucket b JOIN group_member m ON m.user_id = b.user_id
    WHERE b.user_id = NEW.user_id AND b.course_id = NEW.course_id
    ON CONFLICT DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest);
END;

-- A user's enrollments count in a group from its first membership row (static or rule)
-- to its last; the second row of a user who is both changes nothing.
CREATE TRIGGER group_tally_member_insert AFTER INSERT ON group_member
WHEN NOT EXISTS (SELECT 1 FROM group_member
                 WHERE group_id = NEW.group_id AND user_id = NEW.user_id AND source != NEW.source)
BEGIN
    INSERT INTO group_tally
    SELECT NEW.group_id, course_id, due_on, progress, done, expires_on, 1, latest
    FROM enrollment_bucket WHERE user_id = NEW.user_id
    ON CONFLICT DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest);
END;

CREATE TRIGGER group_tally_member_delete AFTER DELETE ON group_member
WHEN NOT EXISTS (SELECT 1 FROM group_member WHERE group_id = OLD.group_id AND user_id = OLD.user_id)
BEGIN
    UPDATE group_tally SET n = n - 1
    WHERE (group_id, course_id, due_on, progress, done, expires_on) IN (
        SELECT OLD.group_id, course_id, due_on, progress, done, expires_on
        FROM enrollment_bucket WHERE user_id = OLD.user_id);
END;
