-- SPDX-License-Identifier: MIT
-- 002: the attendance rule as a setting, the minimum placement for an evaluation, and
-- evaluations that remember the rule they were counted with and whether they are interim.

-- Which statuses count as attended, which are excused (taken out of the required days) and
-- which count against: the codes of each class, comma-separated, the classes separated by '|'.
INSERT INTO settings (key, value) VALUES
    ('attendance_rule', 'present,late,left_early,business|annual|absent,sick,personal'),
    ('evaluation_min_days', '10');

-- interim_as_of: the day an interim evaluation (中期考核) of a period that had not ended counts
-- to; NULL for an evaluation of a whole period.
ALTER TABLE evaluation ADD COLUMN interim_as_of TEXT;

-- The attendance rule the evaluation's attendance figures were counted with (as in settings).
-- The default is the rule of the evaluations made before this migration, which counted annual
-- leave against (an UPDATE would be refused for final evaluations); new ones store their rule.
ALTER TABLE evaluation ADD COLUMN attendance_rule TEXT NOT NULL
    DEFAULT 'present,late,left_early,business||absent,sick,personal,annual';
