-- SPDX-License-Identifier: MIT
-- 004: the days a worker's records may carry (core::DayRules checks them first, with a friendlier
-- message). An attendance row only on a required working day (the calendar; a day it does not
-- have counts Monday to Friday), except 公出 (business out); an activity held only while its
-- worker was placed.

CREATE TRIGGER attendance_on_working_day_insert BEFORE INSERT ON attendance
WHEN NEW.status <> 'business'
BEGIN
    SELECT RAISE(ABORT, 'attendance on a day that is not a working day')
    WHERE COALESCE((SELECT workday FROM calendar_day WHERE day = NEW.day),
                   CASE WHEN strftime('%w', NEW.day) IN ('0', '6') THEN 0 ELSE 1 END) = 0;
END;

CREATE TRIGGER attendance_on_working_day_update BEFORE UPDATE OF day, status ON attendance
WHEN NEW.status <> 'business'
BEGIN
    SELECT RAISE(ABORT, 'attendance on a day that is not a working day')
    WHERE COALESCE((SELECT workday FROM calendar_day WHERE day = NEW.day),
                   CASE WHEN strftime('%w', NEW.day) IN ('0', '6') THEN 0 ELSE 1 END) = 0;
END;

CREATE TRIGGER activity_held_while_placed BEFORE UPDATE OF status, held_on, worker_id ON activity
WHEN NEW.status = 'held' AND NEW.held_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'activity held outside the worker''s placement')
    WHERE NOT EXISTS (SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id
                      JOIN contract c ON c.id = p.contract_id
                      WHERE pl.worker_id = NEW.worker_id AND pl.start_date <= NEW.held_on
                        AND COALESCE(pl.end_date, c.end_date) >= NEW.held_on);
END;
