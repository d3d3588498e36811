// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reportlayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace ui::report {

namespace {

using namespace ui::sheet;

constexpr QRgb kBlack = 0xff000000;
constexpr QRgb kLabelFill = 0xfff3f3f3;
constexpr QRgb kHeadFill = 0xffe6e6e6;
constexpr QRgb kTotalFill = 0xfff7f7f7;
constexpr QRgb kGray = 0xff555555;
constexpr QRgb kRuleGray = 0xff999999;

constexpr qreal kWidth = dots(kPageWidth - 2 * kMarginSide);
constexpr qreal kFooterHeight = dots(7);
constexpr qreal kBottom = dots(kPageHeight - kMarginTop - kMarginBottom) - kFooterHeight;
constexpr qreal kPad = dots(1.2);
constexpr qreal kChartHeight = dots(88);

bool isLatinWord(const QString &word)
{
    for (QChar ch : word)
        if (ch.unicode() >= 0x2e80)
            return false;
    return true;
}

// The widest run of the text that must not be broken: a Latin word or a number.
qreal longestWord(const SheetLayout &l, Role role, const QString &text)
{
    qreal widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (isLatinWord(word))
            widest = std::max(widest, l.width(role, word));
    return widest;
}

class Builder
{
public:
    explicit Builder(const SheetLayout &l)
        : m_l(l)
    {
        newPage();
    }

    QList<ReportPage> pages;
    qreal y = 0;

    void newPage()
    {
        pages.append(ReportPage{});
        y = 0;
        m_tableTop = true;
    }
    bool need(qreal height)
    {
        if (y + height > kBottom && y > 0) {
            newPage();
            if (m_repeat)
                m_repeat();
            return true;
        }
        return false;
    }
    void fill(const QRectF &r, QRgb color) { pages.last().page.ops.append(Op{Op::Fill, Body, color, r, {}}); }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, QRgb color = kBlack)
    {
        pages.last().page.ops.append(Op{Op::Line, Body, color, QRectF(QPointF(x1, y1), QPointF(x2, y2)), {}});
    }
    void text(qreal x, qreal baseline, Role role, const QString &t, QRgb color = kBlack)
    {
        if (!t.isEmpty())
            pages.last().page.ops.append(Op{Op::Text, role, color, QRectF(x, baseline, 0, 0), t});
    }
    void centred(Role role, const QString &t, qreal after)
    {
        for (const auto &run : m_l.wrap(t, role, kWidth)) {
            text((kWidth - run.width) / 2, y + m_l.ascent(role), role, run.text);
            y += m_l.height(role);
        }
        y += after;
    }
    void heading(const QString &t, qreal keepWith)
    {
        need(dots(6) + m_l.height(Title) + keepWith);
        if (y > 0)
            y += dots(5);
        text(0, y + m_l.ascent(Strong), Strong, t);
        y += m_l.height(Strong) + dots(0.8);
        line(0, y, kWidth, y, kRuleGray);
        y += dots(1.5);
    }
    void paragraph(const QString &t, Role role = Body, QRgb color = kBlack)
    {
        for (const auto &run : m_l.wrap(t, role, kWidth)) {
            need(m_l.height(role) * 1.15);
            text(0, y + m_l.ascent(role), role, run.text, color);
            y += m_l.height(role) * 1.15;
        }
        y += dots(0.8);
    }

    struct CellSpec
    {
        qreal width;
        QString text;
        Role role;
        Qt::Alignment align;
        QRgb fill = 0;
    };
    qreal rowHeight(const QList<CellSpec> &cells, qreal minHeight) const
    {
        qreal h = minHeight;
        for (const CellSpec &c : cells)
            h = std::max(h, m_l.wrap(c.text, c.role, c.width - 2 * kPad).size() * m_l.height(c.role) + 2 * kPad);
        return h;
    }
    void row(const QList<CellSpec> &cells, qreal minHeight = 0)
    {
        const qreal h = rowHeight(cells, minHeight);
        need(h);
        qreal x = 0;
        for (const CellSpec &c : cells) {
            if (c.fill)
                fill(QRectF(x, y, c.width, h), c.fill);
            const auto runs = m_l.wrap(c.text, c.role, c.width - 2 * kPad);
            const qreal lh = m_l.height(c.role);
            qreal top = y + (h - runs.size() * lh) / 2;
            for (const auto &run : runs) {
                qreal left = x + kPad;
                if (c.align & Qt::AlignHCenter)
                    left = x + (c.width - run.width) / 2;
                else if (c.align & Qt::AlignRight)
                    left = x + c.width - kPad - run.width;
                text(left, top + m_l.ascent(c.role), c.role, run.text);
                top += lh;
            }
            x += c.width;
        }
        if (m_tableTop)
            line(0, y, x, y);
        line(0, y + h, x, y + h);
        line(0, y, 0, y + h);
        qreal edge = 0;
        for (const CellSpec &c : cells) {
            edge += c.width;
            line(edge, y, edge, y + h);
        }
        m_tableTop = false;
        y += h;
    }
    void startTable(std::function<void()> repeat)
    {
        m_tableTop = true;
        m_repeat = std::move(repeat);
    }
    void endTable() { m_repeat = {}; }
    void chart(const QString &key)
    {
        need(kChartHeight + dots(4));
        y += dots(2);
        pages.last().charts.append({QRectF(0, y, kWidth, kChartHeight), key});
        y += kChartHeight + dots(2);
    }

private:
    const SheetLayout &m_l;
    bool m_tableTop = true;
    std::function<void()> m_repeat;
};

// Column widths from the table's shares, widened so that no Latin word or number breaks, the
// difference taken from the columns with room to spare.
QList<qreal> columnWidths(const SheetLayout &l, const core::ReportTable &t)
{
    const qsizetype n = t.headers.size();
    QList<qreal> share(n, 1.0);
    for (qsizetype i = 0; i < n && i < t.widths.size(); ++i)
        share[i] = t.widths.at(i);
    qreal sum = 0;
    for (qreal s : share)
        sum += s;
    QList<qreal> minimum(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        minimum[i] = longestWord(l, Head, t.headers.at(i));
        for (const auto &row : t.rows)
            if (i < row.size())
                minimum[i] = std::max(minimum[i], longestWord(l, Head, row.at(i).display()));
        minimum[i] += 2 * kPad + dots(0.6);
    }
    QList<qreal> w(n);
    qreal over = 0, spare = 0;
    for (qsizetype i = 0; i < n; ++i) {
        w[i] = share[i] / sum * kWidth;
        if (w[i] < minimum[i]) {
            over += minimum[i] - w[i];
            w[i] = minimum[i];
        } else {
            spare += w[i] - minimum[i];
        }
    }
    if (over > 0 && spare > 0)
        for (qsizetype i = 0; i < n; ++i)
            if (w[i] > minimum[i])
                w[i] -= std::min(1.0, over / spare) * (w[i] - minimum[i]);
    return w;
}

void table(Builder &b, const SheetLayout &l, const core::ReportTable &t)
{
    const QList<qreal> widths = columnWidths(l, t);
    const qreal headRow = dots(7);
    auto header = [&] {
        QList<Builder::CellSpec> cells;
        for (qsizetype i = 0; i < t.headers.size(); ++i)
            cells.append({widths[i], t.headers.at(i), Head, Qt::AlignHCenter, kHeadFill});
        b.row(cells, headRow);
    };
    // The title stays with the header and the first row.
    const qreal titleHeight = t.title.isEmpty() ? 0 : l.height(Label) + dots(2.5);
    b.need(titleHeight + headRow + dots(6) + dots(2));
    b.y += dots(2);
    if (!t.title.isEmpty()) {
        b.text(0, b.y + l.ascent(Label), Label, t.title);
        b.y += l.height(Label) + dots(1);
    }
    b.startTable(header);
    header();
    if (t.rows.isEmpty()) {
        b.row({{kWidth, t.empty, Small, Qt::AlignLeft}}, dots(6));
    }
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = r >= t.rows.size() - t.totalRows;
        QList<Builder::CellSpec> cells;
        const auto &row = t.rows.at(r);
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const core::ReportCell c = i < row.size() ? row.at(i) : core::ReportCell();
            cells.append({widths[i], c.display(), total ? Head : Small,
                          c.isNumber() ? Qt::AlignRight
                                       : (c.kind == core::ReportCell::Kind::Date ? Qt::AlignHCenter : Qt::AlignLeft),
                          total ? kTotalFill : 0});
        }
        b.row(cells, dots(5.5));
    }
    b.endTable();
    if (!t.note.isEmpty()) {
        b.y += dots(1);
        b.paragraph(t.note, Small, kGray);
    }
}

void cover(Builder &b, const SheetLayout &l, const core::ReportDocument &d)
{
    b.y = dots(35);
    b.centred(Agency, d.agency, dots(6));
    b.centred(Title, d.title, dots(3));
    b.centred(PeriodLine, d.subtitle, dots(16));
    qreal labelWidth = 0;
    for (const auto &[label, value] : d.cover)
        labelWidth = std::max(labelWidth, l.width(Label, label) + 2 * kPad + dots(2));
    labelWidth = std::max(labelWidth, kWidth * 0.2);
    b.startTable({});
    for (const auto &[label, value] : d.cover)
        b.row({{labelWidth, label, Label, Qt::AlignHCenter, kLabelFill},
               {kWidth - labelWidth, value, Cell, Qt::AlignLeft}},
              dots(9));
    b.endTable();
    if (!d.coverNote.isEmpty()) {
        b.y += dots(5);
        b.paragraph(d.coverNote, Small, kGray);
    }
}

void signatures(Builder &b, const SheetLayout &l, const QStringList &labels)
{
    if (labels.isEmpty())
        return;
    const int rows = int((labels.size() + 1) / 2);
    const qreal block = l.height(Strong) + dots(4) + rows * (2 * l.height(Body) + dots(14));
    b.need(block + dots(8));
    b.y += dots(8);
    b.text(0, b.y + l.ascent(Strong), Strong,
           QCoreApplication::translate("ui::ReportRenderer", "Signatures and seals"));
    b.y += l.height(Strong) + dots(6);
    const qreal column = kWidth / 2;
    for (int r = 0; r < rows; ++r) {
        for (int row = 0; row < 2; ++row) {
            for (int c = 0; c < 2; ++c) {
                const int i = r * 2 + c;
                if (i >= labels.size())
                    continue;
                const QString label = row == 0 ? labels.at(i) + QCoreApplication::translate("ui::ReportRenderer", ":")
                                               : QCoreApplication::translate("ui::ReportRenderer", "Date:");
                const qreal x = c * column;
                const qreal baseline = b.y + l.ascent(Body);
                b.text(x, baseline, Body, label);
                b.line(x + l.width(Body, label) + dots(1), baseline + dots(0.8), x + column - dots(8),
                       baseline + dots(0.8));
            }
            b.y += l.height(Body) + dots(row == 0 ? 6 : 8);
        }
    }
}

} // namespace

QList<ReportPage> ReportLayout::layout(const core::ReportDocument &d, const QStringList &charts) const
{
    const SheetLayout &l = m_sheet;
    Builder b(l);
    cover(b, l, d);
    for (const core::ReportSection &s : d.sections) {
        if (&s == &d.sections.first())
            b.newPage();
        b.heading(s.title, l.height(Body) * 3 + dots(14));
        if (!s.asOf.isEmpty())
            b.paragraph(s.asOf, Label);
        for (const QString &note : s.notes)
            b.paragraph(note, Small, kGray);
        for (const core::ReportTable &t : s.tables)
            table(b, l, t);
        for (const QString &key : s.charts)
            if (charts.contains(key))
                b.chart(key);
    }
    signatures(b, l, d.signatures);

    // Footers: what the report is and the page within it.
    const qreal base = kBottom + kFooterHeight - (l.height(Footer) - l.ascent(Footer));
    const int count = int(b.pages.size());
    for (int i = 0; i < count; ++i) {
        auto &ops = b.pages[i].page.ops;
        const qreal rule = base - l.ascent(Footer) - dots(1.5);
        ops.append(Op{Op::Line, Body, kRuleGray, QRectF(QPointF(0, rule), QPointF(kWidth, rule)), {}});
        const QString n = QCoreApplication::translate("ui::ReportRenderer", "Page %1 of %2").arg(i + 1).arg(count);
        const auto runs = l.wrap(d.footer, Footer, kWidth - l.width(Footer, n) - dots(6));
        if (!runs.isEmpty())
            ops.append(Op{Op::Text, Footer, kGray, QRectF(0, base, 0, 0), runs.first().text});
        ops.append(Op{Op::Text, Footer, kGray, QRectF(kWidth - l.width(Footer, n), base, 0, 0), n});
    }
    return b.pages;
}

QString ReportLayout::dump(const QList<ReportPage> &pages)
{
    QList<Page> plain;
    for (const ReportPage &p : pages)
        plain << p.page;
    QString out = SheetLayout::dump(plain);
    for (qsizetype i = 0; i < pages.size(); ++i)
        for (const ChartBox &c : pages.at(i).charts)
            out += QStringLiteral("chart page %1 %2 %3 %4 %5\n")
                       .arg(i + 1)
                       .arg(QString::number(kMarginSide + c.rect.x() * 25.4 / kDpi, 'f', 1),
                            QString::number(kMarginTop + c.rect.y() * 25.4 / kDpi, 'f', 1),
                            QString::number(c.rect.width() * 25.4 / kDpi, 'f', 1), c.key);
    return out;
}

} // namespace ui::report
