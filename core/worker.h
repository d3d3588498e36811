// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace core {

// 社工: a social worker employed by the agency. The national ID number (身份证号) is
// sensitive: lists show it masked.
struct SocialWorker
{
    qint64 id = 0;
    QString code; // 工号, optional; unique when given
    QString name;
    Gender gender = Gender::Unknown;
    QString phone;
    QString idNumber; // 18-character resident ID, optional
    Qualification qualification = Qualification::None;
    QString education;
    QDate hiredOn; // invalid = not known
    QDate leftOn;  // invalid = still employed
    QString notes;
};

class WorkerRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::WorkerRepository)
public:
    explicit WorkerRepository(Database db)
        : m_db(std::move(db))
    {}

    Result<SocialWorker> get(qint64 id) const;
    Result<qint64> add(const SocialWorker &worker) const;
    Status update(const SocialWorker &worker) const;
    // Refused while placements, attendance, work log, activities, pay, supervision or
    // evaluations refer to the worker: their history must stay whole (set a leaving date instead).
    Status remove(qint64 id) const;
    // All rules a worker must satisfy, checked before writing (code uniqueness included).
    Status validate(const SocialWorker &worker) const;

    // Workers whose code or name is exactly `text` (trimmed): none = unknown, several = ambiguous.
    Result<QList<SocialWorker>> findByCodeOrName(const QString &text) const;

    // Checks a Chinese resident ID number (居民身份证号码): 18 characters, 17 digits and a check
    // character (digit or X) following ISO 7064 MOD 11-2, and a real birth date inside.
    static Status checkIdNumber(const QString &idNumber);
    // The check character (0-9 or X) for the first 17 digits.
    static QChar idCheckCharacter(const QString &first17);
    static QString maskedIdNumber(const QString &idNumber);

    // The Social workers page: code, name, gender, qualification, phone, ID (masked), current
    // street, hired, left. Status filter codes: "active", "left".
    static SqlListSource listing(Database db);
    SqlListSource listing() const { return listing(m_db); }

    // Status codes of the list's status filter.
    static QString activeCode() { return QStringLiteral("active"); }
    static QString leftCode() { return QStringLiteral("left"); }

private:
    Database m_db;
};

} // namespace core
