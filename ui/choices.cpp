// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "choices.h"

#include "core/organisation.h"
#include "core/worker.h"

#include <QCoreApplication>

namespace ui::choices {

FilterBar::Choices districts(const core::Database &db)
{
    FilterBar::Choices result;
    const auto list = core::OrganisationRepository(db).districts();
    if (list)
        for (const auto &d : list.value())
            result.append({d.id, d.name});
    return result;
}

FilterBar::Choices streets(const core::Database &db, std::optional<qint64> districtId)
{
    FilterBar::Choices result;
    const auto list = core::OrganisationRepository(db).streets(districtId);
    if (list)
        for (const auto &s : list.value())
            result.append({s.id, districtId ? s.name : s.districtName + QStringLiteral(" · ") + s.name});
    return result;
}

FilterBar::Choices workers(const core::Database &db, bool includeLeft)
{
    // The listing is the one place that knows who is still employed; its second column is the name.
    const core::SqlListSource source = core::WorkerRepository::listing(db);
    core::ListFilter filter;
    if (!includeLeft)
        filter.status = core::WorkerRepository::activeCode();
    filter.sortColumn = 1;
    FilterBar::Choices result;
    constexpr int kBlock = 1000;
    for (int offset = 0;; offset += kBlock) {
        const auto rows = source.fetch(filter, offset, kBlock);
        if (!rows)
            break;
        for (const auto &row : rows.value()) {
            const QString code = row.cells.value(0).toString();
            const QString name = row.cells.value(1).toString();
            result.append({row.id, code.isEmpty() ? name : name + QStringLiteral(" (") + code + QLatin1Char(')')});
        }
        if (rows.value().size() < kBlock)
            break;
    }
    return result;
}

QString rubricLabel(const core::RubricTemplate &rubric)
{
    if (!rubric.isDefault)
        return rubric.name;
    const QString marked = QCoreApplication::translate("ui::choices", "%1 (default)");
    const QString marker = QString(marked).remove(QStringLiteral("%1")).trimmed();
    const QString name = rubric.name.trimmed();
    for (const QString &m : {marker, QStringLiteral("（默认）"), QStringLiteral("(default)")})
        if (!m.isEmpty() && name.endsWith(m, Qt::CaseInsensitive))
            return rubric.name;
    return marked.arg(rubric.name);
}

void fill(QComboBox *combo, const FilterBar::Choices &choices, qint64 current)
{
    combo->clear();
    for (const auto &[id, name] : choices)
        combo->addItem(name, id);
    const int i = combo->findData(current);
    combo->setCurrentIndex(current != 0 && i >= 0 ? i : (choices.isEmpty() ? -1 : 0));
}

} // namespace ui::choices
