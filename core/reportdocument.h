// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

// A report as sections of tables with typed cells, in the user's language: the one shape the
// PDF (ui/report), the workbook (core/io/reportworkbook) and the print preview are all made from,
// so that every figure is the same value, formatted by the same function, in each of them.
struct ReportCell
{
    enum class Kind {
        Empty,
        Text,
        Count,   // a whole number
        Percent, // a share 0..1, shown to a tenth of a per cent
        Money,   // fen, shown in yuan with two decimals
        Hours,   // minutes, shown in hours with one decimal
        Date,
    };
    Kind kind = Kind::Empty;
    QString text;
    qint64 number = 0; // Count: the count; Money: fen; Hours: minutes
    double share = 0;  // Percent
    QDate date;

    static ReportCell empty() { return {}; }
    static ReportCell of(const QString &text) { return {Kind::Text, text, 0, 0, {}}; }
    static ReportCell count(qint64 n) { return {Kind::Count, {}, n, 0, {}}; }
    // No share (nothing to divide by) is an empty cell.
    static ReportCell percent(std::optional<double> share)
    {
        return share ? ReportCell{Kind::Percent, {}, 0, *share, {}} : ReportCell{};
    }
    static ReportCell money(Money amount) { return {Kind::Money, {}, qint64(amount.fen()), 0, {}}; }
    static ReportCell hours(qint64 minutes) { return {Kind::Hours, {}, minutes, 0, {}}; }
    static ReportCell day(QDate date) { return date.isValid() ? ReportCell{Kind::Date, {}, 0, 0, date} : ReportCell{}; }

    bool isNumber() const
    {
        return kind == Kind::Count || kind == Kind::Percent || kind == Kind::Money || kind == Kind::Hours;
    }
    // The value a spreadsheet holds: the count, the share, yuan, hours; 0 for the others.
    double value() const;
    // As printed, in the current locale: "1,234", "95.5%", "30,000.00", "12.5", "2026-03-01".
    QString display() const;
};

struct ReportTable
{
    QString title; // may be empty
    QStringList headers;
    QList<qreal> widths; // relative widths of the columns (any unit); empty = even
    QList<QList<ReportCell>> rows;
    int totalRows = 0; // how many of the last rows are totals (printed bold)
    QString note;      // a line under the table; may be empty
    QString empty;     // printed instead of the rows when there are none
};

struct ReportSection
{
    QString key;       // "posts", "attendance", …: for tests and the workbook
    QString title;     // "一、岗位与在岗情况"
    QString sheetName; // the workbook's sheet ("岗位"), at most 31 characters
    QString asOf;      // "截至 12月1日" when the period is still running; else empty
    QStringList notes; // lines under the title
    QList<ReportTable> tables;
    QStringList charts; // ui::charts keys drawn at the end of the section in the PDF
};

struct ReportDocument
{
    QString agency;
    QString title;                        // "项目服务报告"
    QString subtitle;                     // "一街一社工 政府购买服务项目"
    QList<QPair<QString, QString>> cover; // label, value
    QString coverNote;                    // the as-of sentence, the attendance rule
    QString footer;                       // on every page beside the page number
    QList<ReportSection> sections;
    // The signature block at the end: a label per signature line (e.g. agency seal, purchaser).
    QStringList signatures;

    const ReportSection *section(const QString &key) const
    {
        for (const ReportSection &s : sections)
            if (s.key == key)
                return &s;
        return nullptr;
    }
};

} // namespace core
