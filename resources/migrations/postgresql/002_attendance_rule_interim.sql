-- SPDX-License-Identifier: MIT
-- 002 (PostgreSQL): the twin of migrations/002_attendance_rule_interim.sql. The attendance
-- rule as a setting, the minimum placement for an evaluation, and evaluations that remember the
-- rule they were counted with and whether they are interim.

INSERT INTO settings (key, value) VALUES
    ('attendance_rule', 'present,late,left_early,business|annual|absent,sick,personal'),
    ('evaluation_min_days', '10');

-- The day an interim evaluation (中期考核) counts to; NULL for a whole period.
ALTER TABLE evaluation ADD COLUMN interim_as_of date;

-- The rule the evaluation's attendance figures were counted with; evaluations made before
-- this migration counted annual leave against.
ALTER TABLE evaluation ADD COLUMN attendance_rule text NOT NULL
    DEFAULT 'present,late,left_early,business||absent,sick,personal,annual';

INSERT INTO schema_version (version, application_id) VALUES (2, 1330869297);
