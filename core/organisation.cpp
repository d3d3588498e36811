// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "organisation.h"

#include "collation.h"
#include "table.h"

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

const Table kDistrict{"district", {"name"}};
const Table kStreet{"street", {"district_id", "name"}};
const Table kDepartment{"department", {"street_id", "name"}};

// A street with its district's name after its own columns.
const QString kStreetSelect = QStringLiteral("SELECT ") + kStreet.columnList(QStringLiteral("s")) +
                              QStringLiteral(", d.name FROM street s JOIN district d ON d.id = s.district_id");

District districtFrom(const QSqlQuery &q)
{
    const Row r(kDistrict, q);
    return {r.id(), r.text("name")};
}

Street streetFrom(const QSqlQuery &q)
{
    const Row r(kStreet, q);
    return {r.id(), r.id("district_id"), r.text("name"), r.extra(0).toString()};
}

Department departmentFrom(const QSqlQuery &q)
{
    const Row r(kDepartment, q);
    return {r.id(), r.id("street_id"), r.text("name")};
}

RowValues streetValues(const Street &street)
{
    return RowValues().set("district_id", street.districtId).set("name", street.name.trimmed());
}

RowValues departmentValues(const Department &department)
{
    return RowValues().set("street_id", department.streetId).set("name", department.name.trimmed());
}

} // namespace

// ---- districts ----

Result<QList<District>> OrganisationRepository::districts() const
{
    auto q = m_db.run(kDistrict.select() + QStringLiteral(" ORDER BY ") + orderByName(QStringLiteral("name")));
    if (!q)
        return q.error();
    QList<District> list;
    while (q.value().next())
        list.append(districtFrom(q.value()));
    return list;
}

Result<District> OrganisationRepository::district(qint64 id) const
{
    auto q = m_db.run(kDistrict.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no district with number %1.").arg(id));
    return districtFrom(q.value());
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
        return m_db.insert(kDistrict.insert(), RowValues().set("name", district.name.trimmed()).ordered(kDistrict));
    });
}

Status OrganisationRepository::updateDistrict(const District &district) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = this->district(district.id); !existing)
            return existing.error();
        if (Status s = checkDistrict(district); !s)
            return s;
        return fromQuery(m_db.run(kDistrict.update(),
                                  RowValues().set("name", district.name.trimmed()).ordered(kDistrict, district.id)));
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
        return m_db.insert(kStreet.insert(), streetValues(street).ordered(kStreet));
    });
}

Status OrganisationRepository::updateStreet(const Street &street) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = this->street(street.id); !existing)
            return existing.error();
        if (Status s = checkStreet(street); !s)
            return s;
        return fromQuery(m_db.run(kStreet.update(), streetValues(street).ordered(kStreet, street.id)));
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
            return Error::invalid(
                tr("Street “%1” has %n post(s) in contracts and cannot be removed. Remove those posts "
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
    auto q = m_db.run(kDepartment.select() + QStringLiteral(" WHERE street_id = ? ORDER BY ") +
                          orderByName(QStringLiteral("name")),
                      {streetId});
    if (!q)
        return q.error();
    QList<Department> list;
    while (q.value().next())
        list.append(departmentFrom(q.value()));
    return list;
}

Result<Department> OrganisationRepository::department(qint64 id) const
{
    auto q = m_db.run(kDepartment.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no department with number %1.").arg(id));
    return departmentFrom(q.value());
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
        return m_db.insert(kDepartment.insert(), departmentValues(department).ordered(kDepartment));
    });
}

Status OrganisationRepository::updateDepartment(const Department &department) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = this->department(department.id); !existing)
            return existing.error();
        if (Status s = checkDepartment(department); !s)
            return s;
        return fromQuery(
            m_db.run(kDepartment.update(), departmentValues(department).ordered(kDepartment, department.id)));
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
