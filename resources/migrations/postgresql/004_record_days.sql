-- SPDX-License-Identifier: MIT
-- 004 on PostgreSQL: the same rules as the file's 004_record_days.sql. An attendance row only
-- on a required working day (a day the calendar does not have counts Monday to Friday), except
-- 公出 (business out); an activity held only while its worker was placed.

CREATE FUNCTION attendance_on_working_day() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF NEW.status <> 'business' AND NEW.day IS NOT NULL
       AND COALESCE((SELECT workday FROM calendar_day WHERE day = NEW.day),
                    CASE WHEN EXTRACT(ISODOW FROM NEW.day) >= 6 THEN 0 ELSE 1 END) = 0 THEN
        RAISE EXCEPTION USING MESSAGE = 'attendance on a day that is not a working day',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER attendance_on_working_day BEFORE INSERT OR UPDATE OF day, status ON attendance
FOR EACH ROW EXECUTE FUNCTION attendance_on_working_day();

CREATE FUNCTION activity_held_while_placed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF NEW.status = 'held' AND NEW.held_on IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id
                       JOIN contract c ON c.id = p.contract_id
                       WHERE pl.worker_id = NEW.worker_id AND pl.start_date <= NEW.held_on
                         AND COALESCE(pl.end_date, c.end_date) >= NEW.held_on) THEN
        RAISE EXCEPTION USING MESSAGE = 'activity held outside the worker''s placement',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER activity_held_while_placed BEFORE UPDATE OF status, held_on, worker_id ON activity
FOR EACH ROW EXECUTE FUNCTION activity_held_while_placed();

INSERT INTO schema_version (version, application_id) VALUES (4, 1330869297);
