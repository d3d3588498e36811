// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "rubric.h"

#include "table.h"

#include <QLocale>

namespace core {

namespace {

const Table kTemplate{"rubric_template", {"name", "is_default"}};
const Table kItem{
    "rubric_item",
    {"template_id", "position", "name_zh", "name_en", "dimension", "weight", "method", "target", "standard"}};

} // namespace

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString RubricItem::name() const
{
    return chineseUi() || nameEn.trimmed().isEmpty() ? nameZh : nameEn;
}

int RubricTemplate::weightSum() const
{
    int sum = 0;
    for (const RubricItem &item : items)
        sum += item.weight;
    return sum;
}

QString dimensionLabel(const QString &dimension)
{
    if (chineseUi())
        return dimension;
    static const struct
    {
        char16_t zh;
        const char *en;
    } kDimensions[] = {
        {u'德', "Conduct"}, {u'能', "Ability"}, {u'勤', "Diligence"}, {u'绩', "Results"}, {u'廉', "Integrity"}};
    for (const auto &d : kDimensions)
        if (dimension == QChar(d.zh))
            return QCoreApplication::translate("core::RubricRepository", d.en);
    return dimension;
}

Status RubricRepository::validate(const RubricTemplate &rubric)
{
    if (rubric.name.trimmed().isEmpty())
        return Error::invalid(tr("The template needs a name."));
    if (rubric.items.isEmpty())
        return Error::invalid(tr("The template “%1” has no items; add at least one.").arg(rubric.name));
    for (int i = 0; i < rubric.items.size(); ++i) {
        const RubricItem &item = rubric.items.at(i);
        if (item.nameZh.trimmed().isEmpty())
            return Error::invalid(tr("Item %1 of the template has no (Chinese) name; name it.").arg(i + 1));
        if (item.weight < 0 || item.weight > 100)
            return Error::invalid(
                tr("The weight of “%1” is %2; a weight lies between 0 and 100.").arg(item.name()).arg(item.weight));
        if ((item.method == ScoringMethod::Activities || item.method == ScoringMethod::Supervision) &&
            !(item.target > 0))
            return Error::invalid(
                tr("“%1” is scored against a monthly target; set a target above zero.").arg(item.name()));
        if (item.target < 0)
            return Error::invalid(tr("The target of “%1” cannot be negative.").arg(item.name()));
    }
    if (const int sum = rubric.weightSum(); sum != 100)
        return Error::invalid(tr("The weights add up to %1; they must add up to 100.").arg(sum));
    return {};
}

Result<QList<RubricTemplate>> RubricRepository::list() const
{
    auto t = m_db.run(kTemplate.select() + QStringLiteral(" ORDER BY is_default DESC, name"));
    if (!t)
        return t.error();
    QList<RubricTemplate> templates;
    while (t.value().next()) {
        const Row r(kTemplate, t.value());
        templates.append({r.id(), r.text("name"), r.integer("is_default") == 1, {}});
    }

    auto q = m_db.run(kItem.select() + QStringLiteral(" ORDER BY template_id, position, id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const Row r(kItem, q.value());
        RubricItem item{r.id(),
                        r.integer("position"),
                        r.text("name_zh"),
                        r.text("name_en"),
                        r.text("dimension"),
                        r.integer("weight"),
                        r.code<ScoringMethod>("method").value_or(ScoringMethod::Judgement),
                        r.value("target").toDouble(),
                        r.text("standard")};
        const qint64 templateId = r.id("template_id");
        for (RubricTemplate &rt : templates)
            if (rt.id == templateId)
                rt.items.append(item);
    }
    return templates;
}

Result<RubricTemplate> RubricRepository::get(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const RubricTemplate &t : all.value())
        if (t.id == id)
            return t;
    return Error::notFound(tr("There is no rubric template with the number %1.").arg(id));
}

Result<qint64> RubricRepository::defaultTemplateId() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM rubric_template ORDER BY is_default DESC, id LIMIT 1"));
    if (!v)
        return v.error();
    if (v.value().isNull())
        return Error::notFound(tr("There is no rubric template; add one in Settings."));
    return v.value().toLongLong();
}

Status RubricRepository::writeItems(qint64 templateId, const QList<RubricItem> &items) const
{
    if (auto d = m_db.run(QStringLiteral("DELETE FROM rubric_item WHERE template_id = ?"), {templateId}); !d)
        return d.error();
    for (int i = 0; i < items.size(); ++i) {
        const RubricItem &item = items.at(i);
        const RowValues values = RowValues()
                                     .set("template_id", templateId)
                                     .set("position", i + 1)
                                     .set("name_zh", item.nameZh.trimmed())
                                     .set("name_en", nonNull(item.nameEn.trimmed()))
                                     .set("dimension", nonNull(item.dimension.trimmed()))
                                     .set("weight", item.weight)
                                     .set("method", code(item.method))
                                     .set("target", item.target)
                                     .set("standard", nonNull(item.standard.trimmed()));
        auto r = m_db.insert(kItem.insert(), values.ordered(kItem));
        if (!r)
            return r.error();
    }
    return {};
}

Status RubricRepository::takeDefaultFromOthers(qint64 templateId) const
{
    auto r = m_db.run(QStringLiteral("UPDATE rubric_template SET is_default = 0 WHERE id <> ?"), {templateId});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> RubricRepository::add(const RubricTemplate &rubric) const
{
    if (Status s = validate(rubric); !s)
        return s.error();
    auto taken =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM rubric_template WHERE name = ?"), {rubric.name.trimmed()});
    if (taken && taken.value().toInt() > 0)
        return Error::invalid(
            tr("A template named “%1” exists already; choose another name.").arg(rubric.name.trimmed()));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    auto id = m_db.insert(
        kTemplate.insert(),
        RowValues().set("name", rubric.name.trimmed()).set("is_default", rubric.isDefault ? 1 : 0).ordered(kTemplate));
    if (!id)
        return id.error();
    if (Status s = writeItems(id.value(), rubric.items); !s)
        return s.error();
    if (rubric.isDefault)
        if (Status s = takeDefaultFromOthers(id.value()); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status RubricRepository::update(const RubricTemplate &rubric) const
{
    if (Status s = validate(rubric); !s)
        return s;
    auto exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM rubric_template WHERE id = ?"), {rubric.id});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return Error::notFound(tr("There is no rubric template with the number %1.").arg(rubric.id));
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM rubric_template WHERE name = ? AND id <> ?"),
                             {rubric.name.trimmed(), rubric.id});
    if (taken && taken.value().toInt() > 0)
        return Error::invalid(
            tr("A template named “%1” exists already; choose another name.").arg(rubric.name.trimmed()));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    // The default mark moves only by making another template the default.
    auto u = m_db.run(QStringLiteral("UPDATE rubric_template SET name = ?, is_default = CASE WHEN ? = 1 THEN 1 ELSE "
                                     "is_default END WHERE id = ?"),
                      {rubric.name.trimmed(), rubric.isDefault ? 1 : 0, rubric.id});
    if (!u)
        return u.error();
    if (Status s = writeItems(rubric.id, rubric.items); !s)
        return s;
    if (rubric.isDefault)
        if (Status s = takeDefaultFromOthers(rubric.id); !s)
            return s;
    return tx.commit();
}

Status RubricRepository::remove(qint64 id) const
{
    auto isDefault = m_db.scalar(QStringLiteral("SELECT is_default FROM rubric_template WHERE id = ?"), {id});
    if (!isDefault)
        return isDefault.error();
    if (isDefault.value().isNull())
        return Error::notFound(tr("There is no rubric template with the number %1.").arg(id));
    if (isDefault.value().toInt() == 1)
        return Error::invalid(
            tr("This is the default template; make another template the default before removing it."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (auto d = m_db.run(QStringLiteral("DELETE FROM rubric_item WHERE template_id = ?"), {id}); !d)
        return d.error();
    if (auto d = m_db.run(QStringLiteral("DELETE FROM rubric_template WHERE id = ?"), {id}); !d)
        return d.error();
    return tx.commit();
}

} // namespace core
