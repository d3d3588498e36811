// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace core {

// 提醒: something on the director's dashboard that needs doing. There is ONE alert per kind,
// holding every record concerned in `ids`: a dashboard shows one line per kind ("3 contracts
// end within 60 days with no successor: …") and opens the list from the ids, rather than
// drowning in one line per worker. A kind with nothing to report gives no alert at all.
struct Alert
{
    // The kinds, as stored in JSON and used by the window to pick an icon and a page.
    static constexpr const char *ContractEnding = "contract_ending";         // ids: contracts
    static constexpr const char *PostVacant = "post_vacant";                 // ids: posts; related: their streets
    static constexpr const char *Unsupervised = "unsupervised";              // ids: workers
    static constexpr const char *FollowUpOverdue = "follow_up_overdue";      // ids: follow-ups; related: workers
    static constexpr const char *ApplicationPending = "application_pending"; // ids: activities
    static constexpr const char *AttendanceMissing = "attendance_missing";   // ids: workers

    QString kind;
    QString message;          // translated; names the records (the first few) and their number
    QList<qint64> ids;        // the records concerned, in the order the message names them
    QList<qint64> relatedIds; // a second list where one helps (see the kinds above), else empty
};

// The alerts as of a day, in the order of the kinds above. Thresholds come from settings:
// alert_contract_days (60), alert_unsupervised_days (45), alert_pending_days (14).
//  - contract_ending: a running contract (active, or since ended) whose term covers asOf and
//    ends within N days, with no successor (a contract renewing it that is not terminated);
//  - post_vacant: a post of a contract running on asOf with no placement covering asOf;
//  - unsupervised: a worker placed on asOf, with no supervision session in the N days up to
//    asOf, and placed (anywhere) for at least N days;
//  - follow_up_overdue: due before asOf and not done by asOf;
//  - application_pending: an activity submitted N or more days before asOf, not reviewed by asOf;
//  - attendance_missing: a worker placed on asOf who had required working days last month
//    (the calendar month before asOf's) in a placement, but no attendance row in that month.
Result<QList<Alert>> alerts(const Database &db, QDate asOf);

class Alerts
{
    Q_DECLARE_TR_FUNCTIONS(core::Alerts)
public:
    // "A, B, C and 2 more": the first few names of a list.
    static QString nameList(const QStringList &names);
};

} // namespace core
