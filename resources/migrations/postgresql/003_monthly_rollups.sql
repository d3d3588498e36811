-- SPDX-License-Identifier: MIT
-- 003 (PostgreSQL): the twin of migrations/003_monthly_rollups.sql. The monthly rollups of
-- attendance and work logs, kept by triggers in the same transaction as the rows, and the index
-- of unlocks by evaluation. (The file also rewrites its `IN (...)` CHECKs as comparisons, a
-- speed matter of SQLite's only: the server's CHECKs stay as they are, with the same effect.)

CREATE INDEX evaluation_unlock_evaluation ON evaluation_unlock(evaluation_id);

-- Attendance per worker, month (yyyy-MM) and status, on working days of the calendar only.
CREATE TABLE attendance_month (
    month     text NOT NULL,
    worker_id bigint NOT NULL,
    status    text NOT NULL,
    days      integer NOT NULL,
    PRIMARY KEY (month, worker_id, status)
);
CREATE VIEW attendance_month_rows AS
    SELECT to_char(a.day, 'YYYY-MM') AS month, a.worker_id, a.status, count(*)::integer AS days
    FROM attendance a JOIN calendar_day cd ON cd.day = a.day
    WHERE cd.workday > 0 GROUP BY to_char(a.day, 'YYYY-MM'), a.worker_id, a.status;
INSERT INTO attendance_month (month, worker_id, status, days) SELECT * FROM attendance_month_rows;

-- Minutes and entries per worker, month and category of work.
CREATE TABLE work_log_month (
    month     text NOT NULL,
    worker_id bigint NOT NULL,
    category  text NOT NULL,
    minutes   bigint NOT NULL,
    entries   integer NOT NULL,
    PRIMARY KEY (month, worker_id, category)
);
CREATE INDEX work_log_month_worker ON work_log_month(worker_id, month);
CREATE VIEW work_log_month_rows AS
    SELECT to_char(day, 'YYYY-MM') AS month, worker_id, category, sum(minutes)::bigint AS minutes,
           count(*)::integer AS entries
    FROM work_log GROUP BY to_char(day, 'YYYY-MM'), worker_id, category;
INSERT INTO work_log_month (month, worker_id, category, minutes, entries) SELECT * FROM work_log_month_rows;

-- Adds n days of a status to a worker's month (n may be negative); a count of 0 is removed.
CREATE FUNCTION attendance_month_add(in_day date, in_worker bigint, in_status text, n integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF n = 0 OR NOT EXISTS (SELECT 1 FROM calendar_day WHERE day = in_day AND workday > 0) THEN
        RETURN;
    END IF;
    INSERT INTO attendance_month AS m (month, worker_id, status, days)
        VALUES (to_char(in_day, 'YYYY-MM'), in_worker, in_status, n)
        ON CONFLICT (month, worker_id, status) DO UPDATE SET days = m.days + excluded.days;
    DELETE FROM attendance_month
     WHERE month = to_char(in_day, 'YYYY-MM') AND worker_id = in_worker AND status = in_status AND days <= 0;
END
$$;

CREATE FUNCTION rollup_attendance() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM attendance_month_add(OLD.day, OLD.worker_id, OLD.status, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM attendance_month_add(NEW.day, NEW.worker_id, NEW.status, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER rollup_attendance AFTER INSERT OR DELETE OR UPDATE OF worker_id, day, status ON attendance
FOR EACH ROW EXECUTE FUNCTION rollup_attendance();

-- A day that becomes a working day (or stops being one) brings its attendance in (or out).
CREATE FUNCTION rollup_calendar() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.workday > 0 THEN
        UPDATE attendance_month m SET days = m.days - (SELECT count(*) FROM attendance a WHERE a.day = OLD.day
                AND a.worker_id = m.worker_id AND a.status = m.status)
         WHERE m.month = to_char(OLD.day, 'YYYY-MM');
        DELETE FROM attendance_month WHERE month = to_char(OLD.day, 'YYYY-MM') AND days <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.workday > 0 THEN
        INSERT INTO attendance_month AS m (month, worker_id, status, days)
            SELECT to_char(a.day, 'YYYY-MM'), a.worker_id, a.status, count(*) FROM attendance a
             WHERE a.day = NEW.day GROUP BY to_char(a.day, 'YYYY-MM'), a.worker_id, a.status
            ON CONFLICT (month, worker_id, status) DO UPDATE SET days = m.days + excluded.days;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER rollup_calendar AFTER INSERT OR DELETE OR UPDATE OF day, workday ON calendar_day
FOR EACH ROW EXECUTE FUNCTION rollup_calendar();

CREATE FUNCTION rollup_work_log() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE work_log_month SET minutes = minutes - OLD.minutes, entries = entries - 1
         WHERE month = to_char(OLD.day, 'YYYY-MM') AND worker_id = OLD.worker_id AND category = OLD.category;
        DELETE FROM work_log_month
         WHERE month = to_char(OLD.day, 'YYYY-MM') AND worker_id = OLD.worker_id AND category = OLD.category
           AND entries <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO work_log_month AS m (month, worker_id, category, minutes, entries)
            VALUES (to_char(NEW.day, 'YYYY-MM'), NEW.worker_id, NEW.category, NEW.minutes, 1)
            ON CONFLICT (month, worker_id, category)
            DO UPDATE SET minutes = m.minutes + excluded.minutes, entries = m.entries + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER rollup_work_log AFTER INSERT OR DELETE OR UPDATE OF worker_id, day, category, minutes ON work_log
FOR EACH ROW EXECUTE FUNCTION rollup_work_log();

INSERT INTO schema_version (version, application_id) VALUES (3, 1330869297);
