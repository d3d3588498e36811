// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "organisation.h"

#include "collation.h"

namespace core {

namespace {

QString likePattern(const QString &search)
{
    QString pattern = search.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

const QString kStreetSelect =
    QStringLiteral("SELECT s.id, s.district_id, s.name, d.name FROM street s JOIN district d ON d.id = s.district_id");

Street streetFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
}

} // namespace

// ---- districts ----

Result<QList<District>> OrganisationRepository::districts() const
{
    auto q = m_db.run(QStringLiteral("SELECT id, name FROM district ORDER BY ") + orderByName(QStringLiteral("name")));
    if (!q)
        return q.error();
    QList<District> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toString()});
    return list;
}

Result<District> OrganisationRepository::district(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, name FROM district WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no district with number %1.").arg(id));
    return District{q.value().value(0).toLongLong(), q.value().value(1).toString()};
}

Status OrganisationRepository::checkDistrict(const District &district) const
{
    const QString name = district.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("A district needs a name."));
    auto n =
        countOf(m_db, QStringLiteral("SELECT count(*) FROM district WHERE name = ? AND id <> ?"), {name, district.id});
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::invalid(tr("There is already a district named “%1”. Choose another name.").arg(name));
    return {};
}

Result<qint64> OrganisationRepository::addDistrict(const District &district) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = checkDistrict(district); !s)
            return s.error();
        return m_db.insert(QStringLiteral("INSERT INTO district (name) VALUES (?)"), {district.name.trimmed()});
    });
}

Status OrganisationRepository::updateDistrict(const District &district) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = this->district(district.id); !existing)
            return existing.error();
        if (Status s = checkDistrict(district); !s)
            return s;
        return fromQuery(
            m_db.run(QStringLiteral("UPDATE district SET name = ? WHERE id = ?"), {district.name.trimmed(), district.id}));
    });
}

Status OrganisationRepository::removeDistrict(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = district(id);
        if (!existing)
            return existing.error();
        auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM street WHERE district_id = ?"), {id});
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error::invalid(
                tr("District “%1” still has %n street(s). Remove or move them first.", nullptr, int(n.value()))
                    .arg(existing->name));
        return fromQuery(m_db.run(QStringLiteral("DELETE FROM district WHERE id = ?"), {id}));
    });
}

// ---- streets ----

Result<QList<Street>> OrganisationRepository::streets(std::optional<qint64> districtId, const QString &search) const
{
    QString sql = kStreetSelect + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (districtId) {
        sql += QStringLiteral(" AND s.district_id = ?");
        values << *districtId;
    }
    if (!search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (s.name %1 ? ESCAPE '\\' OR d.name %1 ? ESCAPE '\\')").arg(m_db.dialect().like());
        values << likePattern(search) << likePattern(search);
    }
    sql += QStringLiteral(" ORDER BY ") + orderNamesIn(QStringLiteral("d.name, s.name"));
    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    QList<Street> list;
    while (q.value().next())
        list.append(streetFrom(q.value()));
    return list;
}

Result<Street> OrganisationRepository::street(qint64 id) const
{
    auto q = m_db.run(kStreetSelect + QStringLiteral(" WHERE s.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no street with number %1.").arg(id));
    return streetFrom(q.value());
}

Status OrganisationRepository::checkStreet(const Street &street) const
{
    const QString name = street.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("A street needs a name."));
    auto d = district(street.districtId);
    if (!d)
        return Error::invalid(tr("Choose the district the street “%1” belongs to.").arg(name));
    auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM street WHERE district_id = ? AND name = ? AND id <> ?"),
                     {street.districtId, name, street.id});
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::invalid(
            tr("District “%1” already has a street named “%2”. Choose another name.").arg(d->name, name));
    return {};
}

Result<qint64> OrganisationRepository::addStreet(const Street &street) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = checkStreet(street); !s)
            return s.error();
        return m_db.insert(QStringLiteral("INSERT INTO street (district_id, name) VALUES (?, ?)"),
                           {street.districtId, street.name.trimmed()});
    });
}

Status OrganisationRepository::updateStreet(const Street &street) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = this->street(street.id); !existing)
            return existing.error();
        if (Status s = checkStreet(street); !s)
            return s;
        return fromQuery(m_db.run(QStringLiteral("UPDATE street SET district_id = ?, name = ? WHERE id = ?"),
                                  {street.districtId, street.name.trimmed(), street.id}));
    });
}

Status OrganisationRepository::removeStreet(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = street(id);
        if (!existing)
            return existing.error();
        auto posts = countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE street_id = ?"), {id});
        if (!posts)
            return posts.error();
        if (posts.value() > 0)
            return Error::invalid(tr("Street “%1” has %n post(s) in contracts and cannot be removed. Remove those posts "
                                     "first.",
                                     nullptr, int(posts.value()))
                                      .arg(existing->name));
        auto activities = countOf(m_db, QStringLiteral("SELECT count(*) FROM activity WHERE street_id = ?"), {id});
        if (!activities)
            return activities.error();
        if (activities.value() > 0)
            return Error::invalid(
                tr("Street “%1” has %n activity record(s) and cannot be removed.", nullptr, int(activities.value()))
                    .arg(existing->name));
        // Its departments go with it (ON DELETE CASCADE); a placement naming one would have a post here.
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.error();
        if (Status s = fromQuery(m_db.run(QStringLiteral("DELETE FROM street WHERE id = ?"), {id})); !s)
            return s;
        return transaction.commit();
    });
}

// ---- departments ----

Result<QList<Department>> OrganisationRepository::departments(qint64 streetId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, street_id, name FROM department WHERE street_id = ? ORDER BY ") +
                          orderByName(QStringLiteral("name")),
                      {streetId});
    if (!q)
        return q.error();
    QList<Department> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString()});
    return list;
}

Result<Department> OrganisationRepository::department(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, street_id, name FROM department WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no department with number %1.").arg(id));
    return Department{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString()};
}

Status OrganisationRepository::checkDepartment(const Department &department) const
{
    const QString name = department.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("A department needs a name."));
    auto s = street(department.streetId);
    if (!s)
        return Error::invalid(tr("Choose the street the department “%1” belongs to.").arg(name));
    auto n =
        countOf(m_db, QStringLiteral("SELECT count(*) FROM department WHERE street_id = ? AND name = ? AND id <> ?"),
                {department.streetId, name, department.id});
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::invalid(
            tr("Street “%1” already has a department named “%2”. Choose another name.").arg(s->name, name));
    return {};
}

Result<qint64> OrganisationRepository::addDepartment(const Department &department) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = checkDepartment(department); !s)
            return s.error();
        return m_db.insert(QStringLiteral("INSERT INTO department (street_id, name) VALUES (?, ?)"),
                           {department.streetId, department.name.trimmed()});
    });
}

Status OrganisationRepository::updateDepartment(const Department &department) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = this->department(department.id); !existing)
            return existing.error();
        if (Status s = checkDepartment(department); !s)
            return s;
        return fromQuery(m_db.run(QStringLiteral("UPDATE department SET street_id = ?, name = ? WHERE id = ?"),
                                  {department.streetId, department.name.trimmed(), department.id}));
    });
}

Status OrganisationRepository::removeDepartment(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = department(id);
        if (!existing)
            return existing.error();
        auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM placement WHERE department_id = ?"), {id});
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error::invalid(
                tr("Department “%1” is named in %n placement(s) and cannot be removed.", nullptr, int(n.value()))
                    .arg(existing->name));
        return fromQuery(m_db.run(QStringLiteral("DELETE FROM department WHERE id = ?"), {id}));
    });
}

SqlListSource OrganisationRepository::listing(const Database &db)
{
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("street s JOIN district d ON d.id = s.district_id");
    spec.id = QStringLiteral("s.id");
    spec.columns = {
        {tr("District"), QStringLiteral("d.name"), left, {}},
        {tr("Street"), QStringLiteral("s.name"), left, {}},
        {tr("Departments"), QStringLiteral("(SELECT count(*) FROM department x WHERE x.street_id = s.id)"), right, {}},
        {tr("Posts"), QStringLiteral("(SELECT count(*) FROM post x WHERE x.street_id = s.id)"), right, {}},
    };
    spec.searchColumns = {QStringLiteral("s.name"), QStringLiteral("d.name")};
    spec.districtColumn = QStringLiteral("d.id");
    spec.streetColumn = QStringLiteral("s.id");
    spec.defaultOrder = QStringLiteral("d.name, s.name");
    return SqlListSource(db, spec);
}

} // namespace core
