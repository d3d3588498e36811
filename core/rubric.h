// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

// 考核细则: one line of a rubric — what is scored, under which of the five classic dimensions
// (德能勤绩廉), with which weight, and how the score is found (from the records or by judgement).
struct RubricItem
{
    qint64 id = 0;
    int position = 0;
    QString nameZh;
    QString nameEn;
    QString dimension; // 德 / 能 / 勤 / 绩 / 廉, or empty
    int weight = 0;    // percent; a template's weights add up to 100
    ScoringMethod method = ScoringMethod::Judgement;
    double target = 0; // activities held / supervision sessions expected per month
    QString standard;  // the scoring standard in words, printed on the sheet

    // The name in the user's language (the Chinese name when no English one was given).
    QString name() const;
};

// 考核模板: a named rubric; evaluations copy its items when they are made.
struct RubricTemplate
{
    qint64 id = 0;
    QString name;
    bool isDefault = false;
    QList<RubricItem> items;

    int weightSum() const;
};

// The five dimensions in the language of the user ("德" → "Conduct" in English).
QString dimensionLabel(const QString &dimension);
// True when the user interface runs in Chinese (the default locale is Chinese).
bool chineseUi();

class RubricRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::RubricRepository)
public:
    explicit RubricRepository(Database db)
        : m_db(std::move(db))
    {}

    // All templates with their items, the default first.
    Result<QList<RubricTemplate>> list() const;
    Result<RubricTemplate> get(qint64 id) const;
    Result<qint64> defaultTemplateId() const;

    // Add / replace a template with its items, in one transaction. Making a template the
    // default takes the mark from the others.
    Result<qint64> add(const RubricTemplate &rubric) const;
    Status update(const RubricTemplate &rubric) const;
    // Past evaluations keep their own copy of the items, so removing a template loses nothing.
    Status remove(qint64 id) const;

    // Named, at least one item, every item named, weights 0–100 adding up to 100, a target
    // above zero for the items counted against a target (activities, supervision).
    static Status validate(const RubricTemplate &rubric);

private:
    Status writeItems(qint64 templateId, const QList<RubricItem> &items) const;
    Status takeDefaultFromOthers(qint64 templateId) const;

    Database m_db;
};

} // namespace core
