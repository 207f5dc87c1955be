-- lmsctl schema version 9: each enrollment carries its latest certificate whole (day,
-- expiry and serial), and the two long report lists read everything they need about
-- enrollments from their own index, without a look-up in the table.

ALTER TABLE enrollment ADD COLUMN serial TEXT;

UPDATE enrollment SET serial = (
    SELECT x.serial FROM completion x
    WHERE x.user_id = enrollment.user_id AND x.course_id = enrollment.course_id
    ORDER BY x.completed_on DESC, x.id DESC LIMIT 1)
WHERE done_on IS NOT NULL;

-- A completion finishes the course (progress 100); the newest is the enrollment's.
DROP TRIGGER completion_latest;
CREATE TRIGGER completion_latest AFTER INSERT ON completion BEGIN
    UPDATE enrollment SET progress = 100,
        expires_on = CASE WHEN done_on IS NULL OR done_on <= NEW.completed_on THEN NEW.expires_on ELSE expires_on END,
        serial = CASE WHEN done_on IS NULL OR done_on <= NEW.completed_on THEN NEW.serial ELSE serial END,
        done_on = CASE WHEN done_on IS NULL OR done_on <= NEW.completed_on THEN NEW.completed_on ELSE done_on END
    WHERE user_id = NEW.user_id AND course_id = NEW.course_id;
END;

-- A serial replaced (anonymisation) is replaced on the enrollment too.
CREATE TRIGGER completion_serial AFTER UPDATE OF serial ON completion BEGIN
    UPDATE enrollment SET serial = NEW.serial
    WHERE user_id = NEW.user_id AND course_id = NEW.course_id AND serial = OLD.serial;
END;

-- `report overdue`: open enrollments in the order of the list.
DROP INDEX enrollment_open;
CREATE INDEX enrollment_open ON enrollment(due_on, user_id, course_id, done_on) WHERE done_on IS NULL;

-- `report expiring`: certificates by expiry, in the order of the list.
DROP INDEX enrollment_expiry;
CREATE INDEX enrollment_expiry ON enrollment(expires_on, user_id, course_id, serial, done_on) WHERE done_on IS NOT NULL;
