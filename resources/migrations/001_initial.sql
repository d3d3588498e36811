-- SPDX-License-Identifier: MIT
-- 001: the whole core model. Dates are 'yyyy-MM-dd' text, months 'yyyy-MM', times 'HH:mm',
-- money is integer fen, rates are basis points (1/10000). Rules that no path may break are
-- constraints and triggers here; core checks them first to give a friendlier message.
-- Statements end with ';' at the end of a line; a trigger body ends with a line 'END;'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- 购买方 the government body that buys the service
CREATE TABLE purchaser (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    contact TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT ''
);

-- 区 / 街道 / 科室
CREATE TABLE district (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE street (
    id          INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES district(id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (district_id, name)
);

CREATE TABLE department (
    id        INTEGER PRIMARY KEY,
    street_id INTEGER NOT NULL REFERENCES street(id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (street_id, name)
);

-- 购买服务协议
CREATE TABLE contract (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    title              TEXT NOT NULL DEFAULT '',
    purchaser_id       INTEGER NOT NULL REFERENCES purchaser(id),
    signed_on          TEXT,
    start_date         TEXT NOT NULL,
    end_date           TEXT NOT NULL,
    post_count         INTEGER NOT NULL DEFAULT 0 CHECK (post_count >= 0),
    funding_per_post   INTEGER NOT NULL DEFAULT 3000000 CHECK (funding_per_post >= 0),
    overhead_kind      TEXT NOT NULL DEFAULT 'rate' CHECK (overhead_kind IN ('rate', 'fixed')),
    overhead_rate_bp   INTEGER NOT NULL DEFAULT 0 CHECK (overhead_rate_bp BETWEEN 0 AND 10000),
    overhead_fixed     INTEGER NOT NULL DEFAULT 0 CHECK (overhead_fixed >= 0),
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'active', 'ended', 'terminated')),
    renews_id          INTEGER UNIQUE REFERENCES contract(id),
    notes              TEXT NOT NULL DEFAULT '',
    CHECK (end_date >= start_date),
    CHECK (renews_id IS NULL OR renews_id <> id)
);
CREATE INDEX contract_end ON contract(end_date);

-- 岗位: one contract x one street; one street, one post per contract.
CREATE TABLE post (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    street_id   INTEGER NOT NULL REFERENCES street(id),
    notes       TEXT NOT NULL DEFAULT '',
    UNIQUE (contract_id, street_id)
);
CREATE INDEX post_street ON post(street_id);

-- 督导 the agency's supervisors
CREATE TABLE supervisor (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    phone TEXT NOT NULL DEFAULT ''
);

-- 社工
CREATE TABLE social_worker (
    id            INTEGER PRIMARY KEY,
    code          TEXT UNIQUE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender        TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male')),
    phone         TEXT NOT NULL DEFAULT '',
    id_number     TEXT NOT NULL DEFAULT '',
    qualification TEXT NOT NULL DEFAULT 'none'
                  CHECK (qualification IN ('none', 'assistant', 'social_worker', 'senior')),
    education     TEXT NOT NULL DEFAULT '',
    hired_on      TEXT,
    left_on       TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    CHECK (left_on IS NULL OR hired_on IS NULL OR left_on >= hired_on)
);
CREATE INDEX social_worker_name ON social_worker(name);

-- 派驻: a worker in a post (and a department) for a span of days. An open placement
-- (end_date NULL) runs until its contract ends.
CREATE TABLE placement (
    id            INTEGER PRIMARY KEY,
    worker_id     INTEGER NOT NULL REFERENCES social_worker(id),
    post_id       INTEGER NOT NULL REFERENCES post(id),
    department_id INTEGER REFERENCES department(id),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    end_reason    TEXT CHECK (end_reason IS NULL OR end_reason IN
                  ('contract_end', 'resigned', 'transferred', 'dismissed', 'other')),
    handover_note TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX placement_worker ON placement(worker_id, start_date);
CREATE INDEX placement_post ON placement(post_id, start_date);

CREATE TRIGGER placement_rules_insert BEFORE INSERT ON placement
BEGIN
    SELECT RAISE(ABORT, 'placement outside its contract term')
    WHERE EXISTS (SELECT 1 FROM post p JOIN contract c ON c.id = p.contract_id
                  WHERE p.id = NEW.post_id
                    AND (NEW.start_date < c.start_date OR COALESCE(NEW.end_date, c.end_date) > c.end_date));
    SELECT RAISE(ABORT, 'placement overlaps another placement of the same worker')
    WHERE EXISTS (SELECT 1 FROM placement o JOIN post op ON op.id = o.post_id
                  JOIN contract oc ON oc.id = op.contract_id
                  WHERE o.worker_id = NEW.worker_id
                    AND o.start_date <= COALESCE(NEW.end_date,
                            (SELECT c.end_date FROM post p JOIN contract c ON c.id = p.contract_id WHERE p.id = NEW.post_id))
                    AND NEW.start_date <= COALESCE(o.end_date, oc.end_date));
    SELECT RAISE(ABORT, 'placement overlaps another placement in the same post')
    WHERE EXISTS (SELECT 1 FROM placement o JOIN post op ON op.id = o.post_id
                  JOIN contract oc ON oc.id = op.contract_id
                  WHERE o.post_id = NEW.post_id
                    AND o.start_date <= COALESCE(NEW.end_date, oc.end_date)
                    AND NEW.start_date <= COALESCE(o.end_date, oc.end_date));
END;

CREATE TRIGGER placement_rules_update BEFORE UPDATE OF worker_id, post_id, start_date, end_date ON placement
BEGIN
    SELECT RAISE(ABORT, 'placement outside its contract term')
    WHERE EXISTS (SELECT 1 FROM post p JOIN contract c ON c.id = p.contract_id
                  WHERE p.id = NEW.post_id
                    AND (NEW.start_date < c.start_date OR COALESCE(NEW.end_date, c.end_date) > c.end_date));
    SELECT RAISE(ABORT, 'placement overlaps another placement of the same worker')
    WHERE EXISTS (SELECT 1 FROM placement o JOIN post op ON op.id = o.post_id
                  JOIN contract oc ON oc.id = op.contract_id
                  WHERE o.worker_id = NEW.worker_id AND o.id <> OLD.id
                    AND o.start_date <= COALESCE(NEW.end_date,
                            (SELECT c.end_date FROM post p JOIN contract c ON c.id = p.contract_id WHERE p.id = NEW.post_id))
                    AND NEW.start_date <= COALESCE(o.end_date, oc.end_date));
    SELECT RAISE(ABORT, 'placement overlaps another placement in the same post')
    WHERE EXISTS (SELECT 1 FROM placement o JOIN post op ON op.id = o.post_id
                  JOIN contract oc ON oc.id = op.contract_id
                  WHERE o.post_id = NEW.post_id AND o.id <> OLD.id
                    AND o.start_date <= COALESCE(NEW.end_date, oc.end_date)
                    AND NEW.start_date <= COALESCE(o.end_date, oc.end_date));
END;

-- A contract's term may not shrink away from its placements.
CREATE TRIGGER contract_term_keeps_placements BEFORE UPDATE OF start_date, end_date ON contract
BEGIN
    SELECT RAISE(ABORT, 'placement outside its contract term')
    WHERE EXISTS (SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id
                  WHERE p.contract_id = NEW.id
                    AND (pl.start_date < NEW.start_date OR COALESCE(pl.end_date, NEW.end_date) > NEW.end_date));
END;

-- 经费 ledger: receipts from the purchaser (拨款), overhead kept (运行经费), pay to the worker (工资).
CREATE TABLE funding_entry (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    post_id     INTEGER REFERENCES post(id) ON DELETE CASCADE,
    worker_id   INTEGER REFERENCES social_worker(id),
    kind        TEXT NOT NULL CHECK (kind IN ('receipt', 'overhead', 'pay')),
    entry_date  TEXT NOT NULL,
    month       TEXT,
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    note        TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'pay' OR (post_id IS NOT NULL AND worker_id IS NOT NULL AND month IS NOT NULL))
);
CREATE INDEX funding_contract ON funding_entry(contract_id, kind);
CREATE INDEX funding_post ON funding_entry(post_id, kind);
CREATE INDEX funding_worker_month ON funding_entry(worker_id, month);

-- 工作日历: one row per day; workday says whether it is a required working day.
-- kind/name mark days that differ from Monday-Friday (public holidays, make-up working days).
CREATE TABLE calendar_day (
    day     TEXT PRIMARY KEY,
    workday INTEGER NOT NULL CHECK (workday IN (0, 1)),
    kind    TEXT CHECK (kind IS NULL OR kind IN ('holiday', 'workday')),
    name    TEXT NOT NULL DEFAULT ''
);

-- 出勤
CREATE TABLE attendance (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES social_worker(id),
    day       TEXT NOT NULL,
    status    TEXT NOT NULL CHECK (status IN
              ('present', 'late', 'left_early', 'absent', 'sick', 'personal', 'annual', 'business')),
    sign_in   TEXT,
    sign_out  TEXT,
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (worker_id, day)
);
CREATE INDEX attendance_day ON attendance(day);

-- 工作日志
CREATE TABLE work_log (
    id        INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES social_worker(id),
    day       TEXT NOT NULL,
    minutes   INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    category  TEXT NOT NULL CHECK (category IN
              ('casework', 'group', 'community', 'resource', 'admin', 'meeting', 'report')),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX work_log_worker_day ON work_log(worker_id, day);
-- Covering: the monthly workload report reads day, category and minutes from the index alone.
CREATE INDEX work_log_day ON work_log(day, category, minutes);

-- 活动 and its approval workflow: draft -> submitted -> approved | rejected; approved -> held | cancelled.
CREATE TABLE activity (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    worker_id             INTEGER NOT NULL REFERENCES social_worker(id),
    street_id             INTEGER NOT NULL REFERENCES street(id),
    type                  TEXT NOT NULL CHECK (type IN ('casework', 'group', 'community')),
    planned_on            TEXT NOT NULL,
    place                 TEXT NOT NULL DEFAULT '',
    budget                INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0),
    expected_participants INTEGER NOT NULL DEFAULT 0 CHECK (expected_participants >= 0),
    status                TEXT NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'held', 'cancelled')),
    submitted_on          TEXT,
    reviewer              TEXT NOT NULL DEFAULT '',
    reviewed_on           TEXT,
    review_comment        TEXT NOT NULL DEFAULT '',
    held_on               TEXT,
    actual_participants   INTEGER CHECK (actual_participants IS NULL OR actual_participants >= 0),
    summary               TEXT NOT NULL DEFAULT '',
    cancelled_on          TEXT,
    CHECK (status <> 'held' OR (held_on IS NOT NULL AND actual_participants IS NOT NULL)),
    CHECK (status NOT IN ('approved', 'rejected') OR reviewed_on IS NOT NULL)
);
CREATE INDEX activity_planned ON activity(planned_on);
CREATE INDEX activity_held ON activity(status, held_on);
CREATE INDEX activity_worker ON activity(worker_id, planned_on);
CREATE INDEX activity_street ON activity(street_id, planned_on);
-- Applications waiting for review (alerts): reviewed_on IS NULL, or reviewed after the day asked.
CREATE INDEX activity_reviewed ON activity(reviewed_on);

CREATE TRIGGER activity_starts_as_draft BEFORE INSERT ON activity
WHEN NEW.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a new activity starts as a draft');
END;

CREATE TRIGGER activity_workflow BEFORE UPDATE OF status ON activity
WHEN NEW.status <> OLD.status AND NOT (
       (OLD.status = 'draft' AND NEW.status = 'submitted')
    OR (OLD.status = 'submitted' AND NEW.status IN ('approved', 'rejected'))
    OR (OLD.status = 'approved' AND NEW.status IN ('held', 'cancelled')))
BEGIN
    SELECT RAISE(ABORT, 'activity workflow step not allowed');
END;

CREATE TABLE activity_target (
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    target_group TEXT NOT NULL CHECK (target_group IN ('elderly', 'disabled', 'youth', 'poor', 'migrant', 'residents')),
    PRIMARY KEY (activity_id, target_group)
);
CREATE INDEX activity_target_group ON activity_target(target_group);

-- 督导
CREATE TABLE supervision_session (
    id            INTEGER PRIMARY KEY,
    supervisor_id INTEGER NOT NULL REFERENCES supervisor(id),
    held_on       TEXT NOT NULL,
    minutes       INTEGER NOT NULL DEFAULT 60 CHECK (minutes > 0),
    form          TEXT NOT NULL CHECK (form IN ('individual', 'group', 'peer', 'onsite', 'remote')),
    topics        TEXT NOT NULL DEFAULT '',
    issues        TEXT NOT NULL DEFAULT '',
    advice        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supervision_held ON supervision_session(held_on);

CREATE TABLE supervision_attendee (
    session_id INTEGER NOT NULL REFERENCES supervision_session(id) ON DELETE CASCADE,
    worker_id  INTEGER NOT NULL REFERENCES social_worker(id),
    PRIMARY KEY (session_id, worker_id)
);
CREATE INDEX supervision_attendee_worker ON supervision_attendee(worker_id);

CREATE TABLE follow_up (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES supervision_session(id) ON DELETE CASCADE,
    worker_id  INTEGER REFERENCES social_worker(id),
    action     TEXT NOT NULL CHECK (length(trim(action)) > 0),
    due_on     TEXT NOT NULL,
    done_on    TEXT
);
CREATE INDEX follow_up_open ON follow_up(done_on, due_on);

-- 交流座谈
CREATE TABLE exchange_meeting (
    id      INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('experience', 'social', 'training', 'other')),
    topic   TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    place   TEXT NOT NULL DEFAULT '',
    notes   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE exchange_attendee (
    meeting_id INTEGER NOT NULL REFERENCES exchange_meeting(id) ON DELETE CASCADE,
    worker_id  INTEGER NOT NULL REFERENCES social_worker(id),
    PRIMARY KEY (meeting_id, worker_id)
);

-- 考核: rubric templates, and evaluations that keep their own copy of the items.
-- method: attendance | activities | supervision | summary (from the records) | judgement (0-100).
-- target: activities held / supervision sessions expected per month for the record-based methods.
CREATE TABLE rubric_template (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);

CREATE TABLE rubric_item (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES rubric_template(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name_zh     TEXT NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en     TEXT NOT NULL DEFAULT '',
    dimension   TEXT NOT NULL DEFAULT '',
    weight      INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    method      TEXT NOT NULL CHECK (method IN ('attendance', 'activities', 'supervision', 'summary', 'judgement')),
    target      REAL NOT NULL DEFAULT 0 CHECK (target >= 0),
    standard    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evaluation (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES social_worker(id),
    period_kind     TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'half', 'year')),
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    supervisor_id   INTEGER REFERENCES supervisor(id),
    template_name   TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    total           REAL NOT NULL DEFAULT 0 CHECK (total BETWEEN 0 AND 100),
    grade           TEXT NOT NULL DEFAULT '' CHECK (grade IN ('', 'excellent', 'good', 'pass', 'fail')),
    comments        TEXT NOT NULL DEFAULT '',
    work_summary    TEXT NOT NULL DEFAULT '',
    summary_on      TEXT,
    finalised_on    TEXT,
    unlock_count    INTEGER NOT NULL DEFAULT 0,
    CHECK (period_end >= period_start),
    UNIQUE (worker_id, period_start, period_end)
);
CREATE INDEX evaluation_period ON evaluation(period_start, period_end);

CREATE TABLE evaluation_item (
    id              INTEGER PRIMARY KEY,
    evaluation_id   INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name_zh         TEXT NOT NULL,
    name_en         TEXT NOT NULL DEFAULT '',
    dimension       TEXT NOT NULL DEFAULT '',
    weight          INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    method          TEXT NOT NULL CHECK (method IN ('attendance', 'activities', 'supervision', 'summary', 'judgement')),
    target          REAL NOT NULL DEFAULT 0,
    standard        TEXT NOT NULL DEFAULT '',
    data_text       TEXT NOT NULL DEFAULT '',
    proposed_score  REAL CHECK (proposed_score IS NULL OR proposed_score BETWEEN 0 AND 100),
    self_score      REAL CHECK (self_score IS NULL OR self_score BETWEEN 0 AND 100),
    score           REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    override_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evaluation_item_eval ON evaluation_item(evaluation_id, position);

CREATE TABLE evaluation_unlock (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
    unlocked_on   TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    unlocked_by   TEXT NOT NULL DEFAULT ''
);

-- A final evaluation cannot change. The one way back is an unlock: record it in
-- evaluation_unlock, then set status 'draft' with unlock_count raised to match the records.
CREATE TRIGGER evaluation_final_is_locked BEFORE UPDATE ON evaluation
WHEN OLD.status = 'final' AND NOT (
        NEW.status = 'draft' AND NEW.unlock_count = OLD.unlock_count + 1
    AND NEW.unlock_count = (SELECT count(*) FROM evaluation_unlock WHERE evaluation_id = OLD.id)
    AND NEW.worker_id = OLD.worker_id AND NEW.period_start = OLD.period_start AND NEW.period_end = OLD.period_end
    AND NEW.total = OLD.total AND NEW.grade = OLD.grade AND NEW.comments = OLD.comments
    AND NEW.work_summary = OLD.work_summary)
BEGIN
    SELECT RAISE(ABORT, 'a final evaluation cannot change');
END;

CREATE TRIGGER evaluation_final_no_delete BEFORE DELETE ON evaluation
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final evaluation cannot change');
END;

CREATE TRIGGER evaluation_item_locked_insert BEFORE INSERT ON evaluation_item
WHEN (SELECT status FROM evaluation WHERE id = NEW.evaluation_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final evaluation cannot change');
END;

CREATE TRIGGER evaluation_item_locked_update BEFORE UPDATE ON evaluation_item
WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final evaluation cannot change');
END;

CREATE TRIGGER evaluation_item_locked_delete BEFORE DELETE ON evaluation_item
WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final evaluation cannot change');
END;

-- Finalising needs a rubric whose weights sum to 100.
CREATE TRIGGER evaluation_final_needs_weights BEFORE UPDATE OF status ON evaluation
WHEN NEW.status = 'final' AND OLD.status = 'draft'
     AND (SELECT COALESCE(sum(weight), 0) FROM evaluation_item WHERE evaluation_id = NEW.id) <> 100
BEGIN
    SELECT RAISE(ABORT, 'rubric weights must sum to 100');
END;

-- A template whose weights do not sum to 100 may be edited, but no evaluation is made from it:
-- the evaluation's items are copied from the template and checked when it is finalised.
-- Default template (weights 20/30/25/15/10 as in the domain brief).
INSERT INTO rubric_template (id, name, is_default) VALUES (1, '一街一社工岗位考核（默认）', 1);
INSERT INTO rubric_item (template_id, position, name_zh, name_en, dimension, weight, method, target, standard) VALUES
    (1, 1, '出勤', 'Attendance', '勤', 20, 'attendance', 0, '按出勤率计分：出勤率×100；每次迟到、早退扣1分，旷工一天扣5分'),
    (1, 2, '工作表现', 'Work performance', '能', 30, 'judgement', 0, '督导根据岗位职责完成情况、专业能力与服务对象反馈评分'),
    (1, 3, '举办活动', 'Activities held', '绩', 25, 'activities', 2, '每月举办活动达到目标场次得满分，不足按比例计分'),
    (1, 4, '工作总结', 'Work summary', '绩', 15, 'summary', 0, '按时提交工作总结得满分，未提交不得分'),
    (1, 5, '参加督导', 'Supervision participation', '德', 10, 'supervision', 1, '每月参加督导达到应参加次数得满分，不足按比例计分');

INSERT INTO settings (key, value) VALUES
    ('agency_name', '社会工作服务中心'),
    ('overhead_kind', 'rate'),
    ('overhead_rate_bp', '1500'),
    ('overhead_fixed', '0'),
    ('alert_contract_days', '60'),
    ('alert_unsupervised_days', '45'),
    ('alert_pending_days', '14'),
    ('work_start', '09:00'),
    ('work_end', '17:30'),
    ('reference_wage', '254000'),
    ('grade_excellent', '90'),
    ('grade_good', '80'),
    ('grade_pass', '60'),
    ('backup_keep', '10'),
    ('language', '');
