-- SPDX-License-Identifier: MIT
-- 003: speed on years of records. The two big tables again, with their CHECKs written as
-- comparisons (SQLite builds a temporary table for every `x IN (...)` list it checks, once per
-- statement); monthly rollups of them kept by triggers in the same transaction as the rows;
-- the index the check's unlock rule needs. The runner applies this with foreign keys off and
-- checks them before it commits (SQLite's documented way to rebuild a table).

CREATE TABLE attendance_new (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES social_worker(id),
    day       TEXT NOT NULL,
    status    TEXT NOT NULL CHECK (status = 'present' OR status = 'late' OR status = 'left_early'
              OR status = 'absent' OR status = 'sick' OR status = 'personal' OR status = 'annual'
              OR status = 'business'),
    sign_in   TEXT,
    sign_out  TEXT,
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (worker_id, day)
);
INSERT INTO attendance_new (id, worker_id, day, status, sign_in, sign_out, note)
    SELECT id, worker_id, day, status, sign_in, sign_out, note FROM attendance;
DROP TABLE attendance;
ALTER TABLE attendance_new RENAME TO attendance;
CREATE INDEX attendance_day ON attendance(day);

CREATE TABLE work_log_new (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES social_worker(id),
    day       TEXT NOT NULL,
    minutes   INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    category  TEXT NOT NULL CHECK (category = 'casework' OR category = 'group' OR category = 'community'
              OR category = 'resource' OR category = 'admin' OR category = 'meeting' OR category = 'report'),
    note      TEXT NOT NULL DEFAULT ''
);
INSERT INTO work_log_new (id, worker_id, day, minutes, category, note)
    SELECT id, worker_id, day, minutes, category, note FROM work_log;
DROP TABLE work_log;
ALTER TABLE work_log_new RENAME TO work_log;
CREATE INDEX work_log_worker_day ON work_log(worker_id, day);
CREATE INDEX work_log_day ON work_log(day, category, minutes);

CREATE INDEX evaluation_unlock_evaluation ON evaluation_unlock(evaluation_id);

-- Attendance per worker, month (yyyy-MM) and status, counting only the rows on working days of
-- the calendar (the only days attendance figures look at). The attendance rule is applied when
-- the figures are read, so changing it in Settings needs nothing here.
CREATE TABLE attendance_month (
    month     TEXT NOT NULL,
    worker_id INTEGER NOT NULL,
    status    TEXT NOT NULL,
    days      INTEGER NOT NULL,
    PRIMARY KEY (month, worker_id, status)
) WITHOUT ROWID;
-- What attendance_month holds, computed from the rows (to rebuild it, and to check it).
CREATE VIEW attendance_month_rows AS
    SELECT substr(a.day, 1, 7) AS month, a.worker_id, a.status, count(*) AS days
    FROM attendance a JOIN calendar_day cd ON cd.day = a.day
    WHERE cd.workday > 0 GROUP BY substr(a.day, 1, 7), a.worker_id, a.status;
INSERT INTO attendance_month (month, worker_id, status, days) SELECT * FROM attendance_month_rows;

-- Minutes and entries per worker, month and category of work.
CREATE TABLE work_log_month (
    month     TEXT NOT NULL,
    worker_id INTEGER NOT NULL,
    category  TEXT NOT NULL,
    minutes   INTEGER NOT NULL,
    entries   INTEGER NOT NULL,
    PRIMARY KEY (month, worker_id, category)
) WITHOUT ROWID;
CREATE INDEX work_log_month_worker ON work_log_month(worker_id, month);
CREATE VIEW work_log_month_rows AS
    SELECT substr(day, 1, 7) AS month, worker_id, category, sum(minutes) AS minutes, count(*) AS entries
    FROM work_log GROUP BY substr(day, 1, 7), worker_id, category;
INSERT INTO work_log_month (month, worker_id, category, minutes, entries) SELECT * FROM work_log_month_rows;

CREATE TRIGGER rollup_attendance_insert AFTER INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM calendar_day WHERE day = NEW.day AND workday > 0)
BEGIN
    INSERT INTO attendance_month (month, worker_id, status, days)
        VALUES (substr(NEW.day, 1, 7), NEW.worker_id, NEW.status, 1)
        ON CONFLICT (month, worker_id, status) DO UPDATE SET days = days + 1;
END;

CREATE TRIGGER rollup_attendance_delete AFTER DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM calendar_day WHERE day = OLD.day AND workday > 0)
BEGIN
    UPDATE attendance_month SET days = days - 1
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND status = OLD.status;
    DELETE FROM attendance_month
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND status = OLD.status AND days <= 0;
END;

CREATE TRIGGER rollup_attendance_update AFTER UPDATE OF worker_id, day, status ON attendance
BEGIN
    UPDATE attendance_month SET days = days - 1
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND status = OLD.status
        AND EXISTS (SELECT 1 FROM calendar_day WHERE day = OLD.day AND workday > 0);
    DELETE FROM attendance_month
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND status = OLD.status AND days <= 0;
    INSERT INTO attendance_month (month, worker_id, status, days)
        SELECT substr(NEW.day, 1, 7), NEW.worker_id, NEW.status, 1
        WHERE EXISTS (SELECT 1 FROM calendar_day WHERE day = NEW.day AND workday > 0)
        ON CONFLICT (month, worker_id, status) DO UPDATE SET days = days + 1;
END;

-- A day that becomes a working day (or stops being one) brings its attendance in (or out).
CREATE TRIGGER rollup_calendar_update AFTER UPDATE OF day, workday ON calendar_day
WHEN OLD.day <> NEW.day OR (OLD.workday > 0) <> (NEW.workday > 0)
BEGIN
    UPDATE attendance_month SET days = days - (SELECT count(*) FROM attendance a WHERE a.day = OLD.day
            AND a.worker_id = attendance_month.worker_id AND a.status = attendance_month.status)
        WHERE month = substr(OLD.day, 1, 7) AND OLD.workday > 0;
    DELETE FROM attendance_month WHERE month = substr(OLD.day, 1, 7) AND days <= 0;
    INSERT INTO attendance_month (month, worker_id, status, days)
        SELECT substr(a.day, 1, 7), a.worker_id, a.status, count(*) FROM attendance a
        WHERE a.day = NEW.day AND NEW.workday > 0 GROUP BY a.worker_id, a.status
        ON CONFLICT (month, worker_id, status) DO UPDATE SET days = days + excluded.days;
END;

CREATE TRIGGER rollup_calendar_insert AFTER INSERT ON calendar_day WHEN NEW.workday > 0
BEGIN
    INSERT INTO attendance_month (month, worker_id, status, days)
        SELECT substr(a.day, 1, 7), a.worker_id, a.status, count(*) FROM attendance a
        WHERE a.day = NEW.day GROUP BY a.worker_id, a.status
        ON CONFLICT (month, worker_id, status) DO UPDATE SET days = days + excluded.days;
END;

CREATE TRIGGER rollup_calendar_delete AFTER DELETE ON calendar_day WHEN OLD.workday > 0
BEGIN
    UPDATE attendance_month SET days = days - (SELECT count(*) FROM attendance a WHERE a.day = OLD.day
            AND a.worker_id = attendance_month.worker_id AND a.status = attendance_month.status)
        WHERE month = substr(OLD.day, 1, 7);
    DELETE FROM attendance_month WHERE month = substr(OLD.day, 1, 7) AND days <= 0;
END;

CREATE TRIGGER rollup_work_log_insert AFTER INSERT ON work_log
BEGIN
    INSERT INTO work_log_month (month, worker_id, category, minutes, entries)
        VALUES (substr(NEW.day, 1, 7), NEW.worker_id, NEW.category, NEW.minutes, 1)
        ON CONFLICT (month, worker_id, category)
        DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
END;

CREATE TRIGGER rollup_work_log_delete AFTER DELETE ON work_log
BEGIN
    UPDATE work_log_month SET minutes = minutes - OLD.minutes, entries = entries - 1
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND category = OLD.category;
    DELETE FROM work_log_month
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND category = OLD.category
        AND entries <= 0;
END;

CREATE TRIGGER rollup_work_log_update AFTER UPDATE OF worker_id, day, category, minutes ON work_log
BEGIN
    UPDATE work_log_month SET minutes = minutes - OLD.minutes, entries = entries - 1
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND category = OLD.category;
    DELETE FROM work_log_month
        WHERE month = substr(OLD.day, 1, 7) AND worker_id = OLD.worker_id AND category = OLD.category
        AND entries <= 0;
    INSERT INTO work_log_month (month, worker_id, category, minutes, entries)
        VALUES (substr(NEW.day, 1, 7), NEW.worker_id, NEW.category, NEW.minutes, 1)
        ON CONFLICT (month, worker_id, category)
        DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
END;
