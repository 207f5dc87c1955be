-- lmsctl schema version 4: the days on which each user was active (a completion,
-- progress), for active-user counts per period (billing) and reports.
CREATE TABLE user_activity (
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    day     TEXT NOT NULL,
    PRIMARY KEY (user_id, day)
) WITHOUT ROWID;
CREATE INDEX user_activity_day ON user_activity(day);
