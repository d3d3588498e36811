// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "demo.h"

#include "calendar.h"
#include "demo_writer.h"
#include "enums.h"
#include "period.h"

#include <QElapsedTimer>
#include <QSqlError>

namespace core {

using namespace demo;

DemoGenerator::DemoGenerator(Database db, DemoOptions options)
    : m_db(std::move(db))
    , m_options(options)
{}

Status DemoGenerator::validate(const DemoOptions &options)
{
    if (options.streets < 1 || options.streets > kMaxStreets)
        return Error::invalid(tr("The number of streets must be between 1 and %1.").arg(kMaxStreets));
    if (options.years < 1 || options.years > kMaxYears)
        return Error::invalid(tr("The number of years must be between 1 and %1.").arg(kMaxYears));
    return {};
}

Result<bool> DemoGenerator::hasData(const Database &db)
{
    static const char *const tables[] = {
        "purchaser",           "district",         "street",        "contract",  "supervisor",
        "social_worker",       "placement",        "attendance",    "work_log",  "activity",
        "supervision_session", "exchange_meeting", "funding_entry", "evaluation"};
    for (const char *table : tables) {
        auto n = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(table)));
        if (!n)
            return n.error();
        if (n.value().toInt() != 0)
            return true;
    }
    return false;
}

Result<DemoStats> DemoGenerator::run()
{
    if (Status s = validate(m_options); !s)
        return s.error();
    auto has = hasData(m_db);
    if (!has)
        return has.error();
    if (has.value())
        return Error::invalid(tr("The file already holds data. Demo data goes only into a new, empty file: "
                                 "choose another file with --db."));
    QElapsedTimer timer;
    timer.start();
    DemoStats stats;
    Writer writer(m_db, m_options, m_progress, m_cancel);
    if (Status s = writer.run(stats); !s)
        return s.error();
    stats.milliseconds = timer.elapsed();
    return stats;
}

namespace demo {

Writer::Writer(Database db, const DemoOptions &options, const DemoGenerator::Progress &progress,
               const std::atomic<bool> *cancel)
    : m_db(std::move(db))
    , m_options(options)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_rng(options.seed)
{
    m_last = m_options.endDate.isValid() ? m_options.endDate : QDate::currentDate();
    m_first = m_last.addYears(-m_options.years).addDays(1);
}

Status Writer::run(DemoStats &stats)
{
    // Raw SQLite, rows in batches; no foreign-key lookups: every id written is one we made.
    // Created before the transaction, since foreign-key checking cannot change inside one.
    BulkWriter::Options bulk;
    bulk.foreignKeys = false;
    bulk.cacheMiB = 64; // index pages stay in memory
    m_bulk = std::make_unique<BulkWriter>(m_db, bulk);
    if (!m_bulk->isValid())
        return m_bulk->error();
    {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.error();
        if (Status s = Calendar(m_db).ensureYears(m_first.year() - 1, m_last.year() + 1); !s)
            return s;
        const bool ok = prepareStatements() && report(0, DemoGenerator::tr("Streets and contracts")) &&
                        writeStructure() && planPlacements() && setSecondaryIndexes(false) && writeDailyRecords() &&
                        setSecondaryIndexes(true) && writeSupervision() && writeMeetings() && writeFunding() &&
                        writeEvaluations() && (m_bulk->flush() || fail()) && report(0.99, DemoGenerator::tr("Saving"));
        if (!ok)
            return m_error.value_or(Error::invalid(DemoGenerator::tr("Demo data was cancelled; nothing was written.")));
        if (Status s = transaction.commit(); !s)
            return s;
    }
    m_statements.clear();
    m_bulk.reset(); // the connection's settings back as they were
    report(1, DemoGenerator::tr("Done"));
    stats.rowsPerTable = m_counts;
    for (const auto &c : m_counts)
        stats.rows += c.second;
    return {};
}

bool Writer::report(double fraction, const QString &phase)
{
    if (m_cancel && m_cancel->load())
        return false;
    if (m_progress && (phase != m_lastPhase || fraction - m_lastReported >= 0.002 || fraction >= 1)) {
        m_lastPhase = phase;
        m_lastReported = fraction;
        m_progress(fraction, phase);
    }
    return true;
}

bool Writer::fail(const QSqlError &error)
{
    m_error = toError(error);
    return false;
}

bool Writer::fail()
{
    m_error = m_bulk->error();
    return false;
}

bool Writer::exec(Statement &s, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        s.query->add(v); // a null QString goes in as '' (the text columns want it; NULL is QVariant())
    return endRow(s);
}

bool Writer::endRow(Statement &s)
{
    if (!s.query->endRow())
        return fail();
    if (s.rows)
        ++*s.rows;
    return true;
}

QList<int> Writer::workdayRange(QDate from, QDate to) const
{
    const auto a = std::lower_bound(m_workdays.begin(), m_workdays.end(), from);
    const auto b = std::upper_bound(m_workdays.begin(), m_workdays.end(), to);
    return {int(a - m_workdays.begin()), int(std::max(a, b) - m_workdays.begin())};
}

bool Writer::prepareStatements()
{
    struct Def
    {
        const char *name;
        const char *table; // counted table, or null for an update
        const char *sql;   // null: batched, below
    };
    static const Def defs[] = {
        {"district", "district", "INSERT INTO district (id, name) VALUES (?, ?)"},
        {"purchaser", "purchaser", "INSERT INTO purchaser (id, name, contact, phone) VALUES (?, ?, ?, ?)"},
        {"street", "street", "INSERT INTO street (id, district_id, name) VALUES (?, ?, ?)"},
        {"department", "department", "INSERT INTO department (id, street_id, name) VALUES (?, ?, ?)"},
        {"supervisor", "supervisor", "INSERT INTO supervisor (id, name, phone) VALUES (?, ?, ?)"},
        {"contract", "contract",
         "INSERT INTO contract (id, code, title, purchaser_id, signed_on, start_date, end_date, post_count, "
         "funding_per_post, overhead_kind, overhead_rate_bp, overhead_fixed, status, renews_id, notes) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {"post", "post", "INSERT INTO post (id, contract_id, street_id) VALUES (?, ?, ?)"},
        {"worker", "social_worker",
         "INSERT INTO social_worker (id, code, name, gender, phone, id_number, qualification, education, hired_on, "
         "left_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {"placement", "placement",
         "INSERT INTO placement (id, worker_id, post_id, department_id, start_date, end_date, end_reason, "
         "handover_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {"attendance", "attendance", nullptr}, // batched: below
        {"work_log", "work_log", nullptr},
        {"activity", "activity",
         "INSERT INTO activity (id, title, worker_id, street_id, type, planned_on, place, budget, "
         "expected_participants) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {"target", "activity_target", "INSERT INTO activity_target (activity_id, target_group) VALUES (?, ?)"},
        {"submit", nullptr, "UPDATE activity SET status = ?, submitted_on = ? WHERE id = ?"},
        {"review", nullptr,
         "UPDATE activity SET status = ?, reviewer = ?, reviewed_on = ?, review_comment = ? WHERE id = ?"},
        {"hold", nullptr,
         "UPDATE activity SET status = ?, held_on = ?, actual_participants = ?, summary = ? WHERE id = ?"},
        {"cancel", nullptr, "UPDATE activity SET status = ?, cancelled_on = ? WHERE id = ?"},
        {"session", "supervision_session",
         "INSERT INTO supervision_session (id, supervisor_id, held_on, minutes, form, topics, issues, advice) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {"session_worker", "supervision_attendee",
         "INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)"},
        {"follow_up", "follow_up",
         "INSERT INTO follow_up (session_id, worker_id, action, due_on, done_on) VALUES (?, ?, ?, ?, ?)"},
        {"meeting", "exchange_meeting",
         "INSERT INTO exchange_meeting (id, held_on, kind, topic, place, notes) VALUES (?, ?, ?, ?, ?, ?)"},
        {"meeting_worker", "exchange_attendee", "INSERT INTO exchange_attendee (meeting_id, worker_id) VALUES (?, ?)"},
        {"funding", "funding_entry",
         "INSERT INTO funding_entry (contract_id, post_id, worker_id, kind, entry_date, month, amount, note) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {"evaluation", "evaluation",
         "INSERT INTO evaluation (id, worker_id, period_kind, period_start, period_end, supervisor_id, template_name, "
         "total, grade, comments, work_summary, summary_on, attendance_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         "?, ?)"},
        {"evaluation_item", "evaluation_item",
         "INSERT INTO evaluation_item (evaluation_id, position, name_zh, name_en, dimension, weight, method, target, "
         "standard, data_text, proposed_score, self_score, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {"finalise", nullptr, "UPDATE evaluation SET status = ?, finalised_on = ?, unlock_count = ? WHERE id = ?"},
        {"unlock", "evaluation_unlock",
         "INSERT INTO evaluation_unlock (evaluation_id, unlocked_on, reason, unlocked_by) VALUES (?, ?, ?, ?)"},
    };
    m_counts.reserve(64); // Statement::rows points into it
    for (const Def &d : defs) {
        Statement s;
        if (d.sql && !(s.query = m_bulk->statement(d.sql)))
            return fail();
        if (d.table) {
            const QString table = QString::fromLatin1(d.table);
            m_counts.append({table, 0});
            s.rows = &m_counts.last().second;
        }
        m_statements.emplace(d.name, s);
    }
    // The two big tables: many rows per statement (nothing reads or updates them meanwhile).
    const std::pair<const char *, QList<const char *>> batched[] = {
        {"attendance", {"worker_id", "day", "status", "sign_in", "sign_out", "note"}},
        {"work_log", {"worker_id", "day", "minutes", "category", "note"}},
    };
    for (const auto &[table, columns] : batched) {
        m_statements[table].query = m_bulk->insert(table, columns, 32);
        if (!m_statements[table].query)
            return fail();
    }
    return true;
}

// Secondary indexes of the two big tables are built once at the end, not row by row; the
// statements that make them are read back from the file, so the schema stays their one source.
bool Writer::setSecondaryIndexes(bool present)
{
    if (!present)
        return m_bulk->deferIndexes({QStringLiteral("attendance"), QStringLiteral("work_log")}) || fail();
    if (!report(0.86, DemoGenerator::tr("Indexing attendance and work logs")))
        return false;
    return m_bulk->restoreIndexes() || fail();
}

bool Writer::writeStructure()
{
    const QList<DemoStreet> streets = demoStreets(m_options.streets);
    const QStringList allDistricts = districtNames();
    QList<int> districtOf(allDistricts.size(), -1); // seed index -> our district index
    for (const DemoStreet &s : streets)
        if (districtOf[s.district] < 0) {
            districtOf[s.district] = int(m_districtNames.size());
            m_districtNames << allDistricts[s.district];
        }
    const QString city = QStringLiteral("北京市");
    for (int d = 0; d < m_districtNames.size(); ++d) {
        const QString buyer =
            city + m_districtNames[d] + (d % 3 == 1 ? QStringLiteral("社会建设工作办公室") : QStringLiteral("民政局"));
        const QString contact = personName(m_rng, m_rng.chance(0.5));
        const QString phone = QStringLiteral("010-%1").arg(m_rng.between(60000000, 89999999));
        if (!exec(st("district"), {d + 1, m_districtNames[d]}) ||
            !exec(st("purchaser"), {d + 1, buyer, contact, phone}))
            return false;
    }
    const QStringList departments = departmentNames();
    static const double shares[] = {0.2, 0.35, 0.45, 0.6};
    qint64 departmentId = 0;
    for (int i = 0; i < streets.size(); ++i) {
        StreetInfo info;
        info.id = i + 1;
        info.district = districtOf[streets[i].district];
        info.adminShare = shares[i % 4];
        if (!exec(st("street"), {info.id, info.district + 1, streets[i].name}))
            return false;
        const int count = 3 + (i % 2);
        for (int k = 0; k < count; ++k) {
            const QString name = departments[(i + k) % departments.size()];
            if (!exec(st("department"), {++departmentId, info.id, name}))
                return false;
            info.departments << departmentId;
            info.departmentNames << name;
        }
        m_streets << info;
    }
    const int supervisors = std::clamp(m_options.streets / 25 + 2, 2, 12);
    for (int i = 0; i < supervisors; ++i) {
        QString name;
        do
            name = personName(m_rng, m_rng.chance(0.6));
        while (m_supervisorNames.contains(name));
        m_supervisorNames << name;
        m_supervisors << i + 1;
        if (!exec(st("supervisor"), {i + 1, name, QStringLiteral("13%1").arg(m_rng.between(100000000, 999999999))}))
            return false;
    }
    if (!m_db.setSetting(QStringLiteral("agency_name"), QStringLiteral("北京市协力社会工作服务中心")))
        return false;

    // Contracts: one a year per district, each district on its own cycle, renewed in a chain;
    // one district's contract lapses (not renewed) and a new one is signed months later.
    const int gapDistrict = m_districtNames.size() > 1 ? 1 : 0;
    bool gapDone = false;
    qint64 postId = 0;
    for (int d = 0; d < m_districtNames.size(); ++d) {
        QDate start = m_first.addMonths(-((d * 7) % 12));
        qint64 previous = 0;
        int number = 0;
        while (start <= m_last) {
            ContractInfo c;
            c.id = m_contracts.size() + 1;
            c.district = d;
            c.start = start;
            c.end = start.addYears(1).addDays(-1);
            const bool fixed = d % 2 == 1;
            const qint64 rateBp = d % 4 == 0 ? 1500 : 2000;
            c.overheadPerPost = fixed ? 450000 : (c.fundingPerPost * rateBp + 5000) / 10000;
            int posts = 0;
            for (int s = 0; s < m_streets.size(); ++s)
                if (m_streets[s].district == d)
                    c.postByStreet.insert(s, ++postId), ++posts;
            const QString status = code(c.end < m_last ? ContractStatus::Ended : ContractStatus::Active);
            const QString codeText =
                QStringLiteral("GM-%1-%2-%3").arg(start.year()).arg(d + 1, 2, 10, QLatin1Char('0')).arg(++number);
            const QString title =
                QStringLiteral("%1“一街一社工”政府购买服务协议（%2年度）").arg(m_districtNames[d]).arg(start.year());
            const QVariant renews = previous ? QVariant(previous) : QVariant();
            const QString notes =
                previous ? QString()
                         : (number > 1 ? QStringLiteral("上一期协议到期后未续签，间隔数月后重新签订。") : QString());
            if (!exec(st("contract"),
                      {c.id, codeText, title, d + 1, isoDate(start.addDays(-m_rng.between(5, 25))), isoDate(c.start),
                       isoDate(c.end), posts, c.fundingPerPost, code(fixed ? OverheadKind::Fixed : OverheadKind::Rate),
                       fixed ? 0 : rateBp, fixed ? c.overheadPerPost : 0, status, renews, notes}))
                return false;
            for (auto it = c.postByStreet.cbegin(); it != c.postByStreet.cend(); ++it)
                if (!exec(st("post"), {it.value(), c.id, m_streets[it.key()].id}))
                    return false;
            m_contracts << c;
            previous = c.id;
            start = c.end.addDays(1);
            if (!gapDone && d == gapDistrict && c.end >= m_first.addDays(90) && c.end < m_last.addDays(-60)) {
                gapDone = true;
                previous = 0; // not renewed: the next contract stands alone
                start = start.addMonths(3);
            }
        }
        // One district has already drafted the renewal of its current contract.
        if (d == 2 && previous) {
            const ContractInfo &current = m_contracts.last();
            if (!exec(st("contract"),
                      {qint64(m_contracts.size() + 1000000),
                       QStringLiteral("GM-%1-%2-draft")
                           .arg(current.end.addDays(1).year())
                           .arg(d + 1, 2, 10, QLatin1Char('0')),
                       QStringLiteral("%1“一街一社工”政府购买服务协议（续签草案）").arg(m_districtNames[d]), d + 1,
                       QVariant(), isoDate(current.end.addDays(1)), isoDate(current.end.addYears(1)), 0,
                       current.fundingPerPost, code(OverheadKind::Rate), 1500, 0, code(ContractStatus::Draft), previous,
                       QStringLiteral("续签草案，待购买方确认。")}))
                return false;
        }
    }
    return true;
}

// Who sat in each post when: workers stay across renewals mostly, some resign mid-term (with a
// handover note for the successor), posts stay vacant for a while, and a few are vacant now.
bool Writer::planPlacements()
{
    static const PlacementEndReason reasons[] = {PlacementEndReason::Resigned, PlacementEndReason::Resigned,
                                                 PlacementEndReason::Resigned, PlacementEndReason::Transferred,
                                                 PlacementEndReason::Other,    PlacementEndReason::Dismissed};
    auto newWorker = [&](int street, QDate hired) {
        WorkerInfo w;
        w.id = m_workers.size() + 1;
        w.female = m_rng.chance(0.72);
        w.district = m_streets[street].district;
        w.hired = hired;
        m_workers << w;
        return int(m_workers.size() - 1);
    };
    for (int s = 0; s < m_streets.size(); ++s) {
        int current = -1; // the worker who may carry on into the next contract
        int currentPlacement = -1;
        QDate previousEnd;
        for (int ci = 0; ci < m_contracts.size(); ++ci) {
            const ContractInfo &c = m_contracts[ci];
            if (!c.postByStreet.contains(s) || c.end < m_first || c.start > m_last)
                continue;
            const QDate limit = std::min(c.end, m_last);
            QDate cursor = std::max(c.start, m_first);
            if (current >= 0 && previousEnd.addDays(1) != c.start) {
                // The contract lapsed: the worker had to go.
                m_workers[current].left = previousEnd;
                m_placements[currentPlacement].handover = handoverNote(m_rng);
                current = -1;
            }
            const bool vacantNow = s % 7 == 2 && c.end >= m_last;
            const QDate forcedEnd = m_last.addDays(-m_rng.between(10, 40));
            while (cursor <= limit) {
                const bool continuing = current >= 0;
                const int worker = continuing ? current : newWorker(s, cursor);
                const qint64 department =
                    continuing ? m_placements[currentPlacement].department : m_rng.pick(m_streets[s].departments);
                PlacementInfo p;
                p.worker = worker;
                p.street = s;
                p.contract = ci;
                p.department = department;
                p.start = cursor;
                QDate resign;
                const int span = int(cursor.daysTo(limit));
                if (vacantNow && forcedEnd > cursor.addDays(30) && forcedEnd < limit)
                    resign = forcedEnd;
                else if (span > 150 && m_rng.chance(0.3))
                    resign = cursor.addDays(m_rng.between(60, span - 30));
                current = -1;
                if (resign.isValid()) {
                    p.end = resign;
                    p.endReason = code(reasons[m_rng.below(6)]);
                    p.handover = handoverNote(m_rng);
                    p.lastDay = resign;
                    m_workers[worker].left = resign;
                    m_placements << p;
                    if (resign == forcedEnd)
                        break; // still vacant today
                    cursor = resign.addDays(1 + (m_rng.chance(0.3) ? 0 : m_rng.between(5, 75)));
                    continue;
                }
                p.lastDay = limit;
                if (c.end < m_last) {
                    p.end = c.end;
                    p.endReason = code(PlacementEndReason::ContractEnd);
                    if (m_rng.chance(0.8)) {
                        current = worker;
                    } else {
                        p.handover = handoverNote(m_rng);
                        m_workers[worker].left = c.end;
                    }
                }
                m_placements << p;
                currentPlacement = int(m_placements.size() - 1);
                break;
            }
            previousEnd = c.end;
        }
    }

    static const Qualification qualifications[] = {Qualification::None,         Qualification::Assistant,
                                                   Qualification::Assistant,    Qualification::SocialWorker,
                                                   Qualification::SocialWorker, Qualification::Senior};
    static const QStringList educations = {QStringLiteral("大专"), QStringLiteral("本科"), QStringLiteral("本科"),
                                           QStringLiteral("硕士研究生")};
    const QStringList areaCodes = districtAreaCodes();
    const QStringList allDistricts = districtNames();
    const QVariant noDate;
    for (const WorkerInfo &w : std::as_const(m_workers)) {
        const QString area = areaCodes[allDistricts.indexOf(m_districtNames[w.district])];
        const QDate birth = w.hired.addYears(-m_rng.between(22, 48)).addDays(-m_rng.between(0, 364));
        const int mobile = m_rng.between(3, 9);
        const QString phone =
            QStringLiteral("1%1%2").arg(mobile).arg(m_rng.between(0, 999999999), 9, 10, QLatin1Char('0'));
        if (!exec(st("worker"),
                  {w.id, QStringLiteral("SG%1").arg(w.id, 5, 10, QLatin1Char('0')), personName(m_rng, w.female),
                   code(w.female ? Gender::Female : Gender::Male), phone, nationalId(area, birth, w.female, m_rng),
                   code(qualifications[m_rng.below(6)]), educations[m_rng.below(4)], isoDate(w.hired),
                   w.left.isValid() ? QVariant(isoDate(w.left)) : noDate}))
            return false;
    }
    for (int i = 0; i < m_placements.size(); ++i) {
        PlacementInfo &p = m_placements[i];
        p.id = i + 1;
        const qint64 post = m_contracts[p.contract].postByStreet.value(p.street);
        if (!exec(st("placement"), {p.id, m_workers[p.worker].id, post, p.department, isoDate(p.start),
                                    p.end.isValid() ? QVariant(isoDate(p.end)) : noDate,
                                    p.endReason.isEmpty() ? noDate : QVariant(p.endReason), p.handover}))
            return false;
    }
    return true;
}

} // namespace demo

} // namespace core
