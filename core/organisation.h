// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "listing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// 区 a district: the level of government that buys the service.
struct District
{
    qint64 id = 0;
    QString name;
};

// 街道 a sub-district office ("street"): where a post is and a social worker is placed.
struct Street
{
    qint64 id = 0;
    qint64 districtId = 0;
    QString name;
    QString districtName; // filled when read, ignored when written
};

// 科室 a department of a street office (e.g. 民政科), to which a placed worker is assigned.
struct Department
{
    qint64 id = 0;
    qint64 streetId = 0;
    QString name;
};

// Districts, streets and their departments. Names are trimmed; empty names and duplicates
// (a district name, a street name within its district, a department name within its street)
// are refused before anything is written.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::OrganisationRepository)
public:
    explicit OrganisationRepository(Database db)
        : m_db(std::move(db))
    {}

    Result<QList<District>> districts() const;
    Result<District> district(qint64 id) const;
    Result<qint64> addDistrict(const District &district) const;
    Status updateDistrict(const District &district) const;
    // Refused while the district has streets.
    Status removeDistrict(qint64 id) const;

    // Streets, optionally of one district and/or matching `search` (street or district name),
    // ordered by district and street name.
    Result<QList<Street>> streets(std::optional<qint64> districtId = std::nullopt, const QString &search = {}) const;
    Result<Street> street(qint64 id) const;
    Result<qint64> addStreet(const Street &street) const;
    Status updateStreet(const Street &street) const;
    // Refused while the street has posts or activities; its departments go with it.
    Status removeStreet(qint64 id) const;

    Result<QList<Department>> departments(qint64 streetId) const;
    Result<Department> department(qint64 id) const;
    Result<qint64> addDepartment(const Department &department) const;
    Status updateDepartment(const Department &department) const;
    // Refused while a placement names the department.
    Status removeDepartment(qint64 id) const;

    // The streets list: district, street, departments, posts (in all contracts).
    // Filters: district, street, search (street or district name).
    static SqlListSource listing(const Database &db);

private:
    Status checkDistrict(const District &district) const;
    Status checkStreet(const Street &street) const;
    Status checkDepartment(const Department &department) const;

    Database m_db;
};

} // namespace core
