// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "sheetlayout.h"

#include "sheetrenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace ui::sheet {

namespace {

constexpr QRgb kBlack = 0xff000000;
constexpr QRgb kLabelFill = 0xfff3f3f3;
constexpr QRgb kHeadFill = 0xffe6e6e6;
constexpr QRgb kNoteFill = 0xfffbf7e8;
constexpr QRgb kGray = 0xff555555;
constexpr QRgb kRuleGray = 0xff999999;

constexpr qreal kContentWidth = dots(kPageWidth - 2 * kMarginSide);
constexpr qreal kFooterHeight = dots(7);
constexpr qreal kContentBottom = dots(kPageHeight - kMarginTop - kMarginBottom) - kFooterHeight;
constexpr qreal kPad = dots(1.2);         // inside a table cell
constexpr qreal kBodyLeading = 1.15;      // line spacing of running text, times the font's height
constexpr qreal kRule = 0.6 * kDpi / 72;  // 0.6 pt ruled lines
constexpr qreal kWritingLine = dots(7.5); // a ruled line to write on by hand

struct FontSpec
{
    bool serif;
    qreal points;
    bool bold;
};
// Agency, Title, PeriodLine, Section, Body, Label, Head, Small, Cell, Strong, Footer
constexpr FontSpec kFontSpecs[RoleCount] = {{false, 12, false}, {true, 18, true},    {false, 10.5, false},
                                            {false, 11, true},  {false, 10, false},  {false, 10, true},
                                            {false, 9, true},   {false, 8.5, false}, {false, 10, false},
                                            {false, 11, true},  {false, 8, false}};
const char *const kRoleNames[RoleCount] = {"agency", "title", "period", "section", "body",  "label",
                                           "head",   "small", "cell",   "strong",  "footer"};

QString day(QDate date)
{
    return date.isValid() ? core::isoDate(date) : QString();
}

QString score(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}

// "Supervisor's score 95.0 (the records propose 88.5). Reason: …"
QString overrideNote(const core::SheetData::Item &item)
{
    const QString reason = item.overrideReason.trimmed();
    if (!item.proposedScore)
        return QCoreApplication::translate("ui::SheetRenderer", "%1: reason for the score: %2").arg(item.name, reason);
    return QCoreApplication::translate("ui::SheetRenderer",
                                       "%1: supervisor's score %2, the records propose %3. Reason: %4")
        .arg(item.name, score(item.score), score(item.proposedScore), reason);
}

// The widest run that must not be broken: a Latin word (Chinese may break between any characters).
qreal longestWord(const SheetLayout &l, Role role, const QString &text)
{
    qreal widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool latin = true;
        for (QChar ch : word)
            latin = latin && ch.unicode() < 0x2e80;
        if (latin)
            widest = std::max(widest, l.width(role, word));
    }
    return widest;
}

// Column widths from wished-for shares of `total`, widened where a word would not fit, the
// difference taken from the `flexible` columns in proportion to their width.
QList<qreal> columnWidths(const QList<qreal> &shares, const QList<qreal> &minimum, const QList<bool> &flexible,
                          qreal total)
{
    QList<qreal> w;
    qreal sum = 0, flex = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        w.append(std::max(shares[i] * total, minimum[i]));
        sum += w[i];
        if (flexible[i])
            flex += w[i];
    }
    for (qsizetype i = 0; i < w.size(); ++i)
        if (flexible[i] && flex > 0)
            w[i] -= (sum - total) * w[i] / flex;
    return w;
}

// Lays out one sheet top to bottom, starting a page whenever the next piece does not fit.
class Builder
{
public:
    explicit Builder(const SheetLayout &l)
        : m_l(l)
    {
        newPage();
    }

    struct CellSpec
    {
        qreal width;
        QString text;
        Role role;
        Qt::Alignment align;
        QRgb fill = 0;
    };

    QList<Page> pages;
    qreal y = 0;

    void newPage()
    {
        pages.append(Page{});
        y = 0;
        m_tableTop = true;
    }
    // Starts a page when `height` does not fit below (unless the page is still empty).
    void need(qreal height)
    {
        if (y + height > kContentBottom && y > 0) {
            newPage();
            if (m_repeat)
                m_repeat();
        }
    }
    void fill(const QRectF &r, QRgb color) { pages.last().ops.append(Op{Op::Fill, Body, color, r, {}}); }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, QRgb color = kBlack)
    {
        pages.last().ops.append(Op{Op::Line, Body, color, QRectF(QPointF(x1, y1), QPointF(x2, y2)), {}});
    }
    void text(qreal x, qreal baseline, Role role, const QString &t, QRgb color = kBlack)
    {
        if (!t.isEmpty())
            pages.last().ops.append(Op{Op::Text, role, color, QRectF(x, baseline, 0, 0), t});
    }
    void centred(Role role, const QString &t, qreal after)
    {
        const auto runs = m_l.wrap(t, role, kContentWidth);
        for (const auto &run : runs) {
            text((kContentWidth - run.width) / 2, y + m_l.ascent(role), role, run.text);
            y += m_l.height(role);
        }
        y += after;
    }
    void section(const QString &t)
    {
        need(dots(4) + m_l.height(Section) + 2 * m_l.height(Body));
        y += dots(3);
        text(0, y + m_l.ascent(Section), Section, t);
        y += m_l.height(Section) + dots(1.2);
    }
    // Running text: wraps to the full width and flows onto further pages line by line.
    void paragraphs(const QString &t)
    {
        const qreal lead = m_l.height(Body) * kBodyLeading;
        for (const QString &para : t.split(QLatin1Char('\n'))) {
            const auto runs = m_l.wrap(para.trimmed(), Body, kContentWidth);
            for (const auto &run : runs) {
                need(lead);
                text(0, y + m_l.ascent(Body) + (lead - m_l.height(Body)) / 2, Body, run.text);
                y += lead;
            }
            if (runs.isEmpty())
                y += lead;
            y += dots(0.8);
        }
    }
    // Empty ruled lines to write on by hand.
    void writingLines(int count)
    {
        for (int i = 0; i < count; ++i) {
            need(kWritingLine);
            y += kWritingLine;
            line(0, y, kContentWidth, y, kRuleGray);
        }
        y += dots(1);
    }
    // One table row: cells wrap, the row is as tall as its tallest cell, the grid is ruled.
    void row(const QList<CellSpec> &cells, qreal minHeight = 0)
    {
        QList<QList<SheetLayout::Run>> wrapped;
        qreal h = minHeight;
        for (const CellSpec &c : cells) {
            wrapped.append(m_l.wrap(c.text, c.role, c.width - 2 * kPad));
            h = std::max(h, wrapped.last().size() * m_l.height(c.role) + 2 * kPad);
        }
        need(h);
        qreal x = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const CellSpec &c = cells[i];
            if (c.fill)
                fill(QRectF(x, y, c.width, h), c.fill);
            const auto &runs = wrapped[i];
            const qreal lh = m_l.height(c.role);
            qreal top = y + (h - runs.size() * lh) / 2; // vertically centred
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
        qreal edge = 0;
        line(0, y, 0, y + h);
        for (const CellSpec &c : cells) {
            edge += c.width;
            line(edge, y, edge, y + h);
        }
        m_tableTop = false;
        y += h;
    }
    void startTable(std::function<void()> repeatOnNewPage = {})
    {
        m_tableTop = true;
        m_repeat = std::move(repeatOnNewPage);
    }
    void endTable() { m_repeat = {}; }

private:
    const SheetLayout &m_l;
    bool m_tableTop = true;
    std::function<void()> m_repeat;
};

} // namespace

SheetLayout::SheetLayout()
    : m_device(1, 1, QImage::Format_Mono)
{
    m_device.setDotsPerMeterX(qRound(kDpi / 0.0254));
    m_device.setDotsPerMeterY(qRound(kDpi / 0.0254));
    for (int r = 0; r < RoleCount; ++r) {
        const FontSpec &spec = kFontSpecs[r];
        QFont f(spec.serif ? SheetRenderer::serifFamily() : SheetRenderer::sansFamily());
        f.setPointSizeF(spec.points);
        f.setBold(spec.bold);
        // Unhinted advances are the same at every resolution: the breaks measured here hold on any printer.
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setStyleStrategy(QFont::PreferOutline);
        m_fonts[r] = QFont(f, &m_device);
        const QFontMetricsF metrics(m_fonts[r], &m_device);
        m_ascent[r] = metrics.ascent();
        m_height[r] = metrics.height();
    }
}

qreal SheetLayout::width(Role role, const QString &text) const
{
    return QFontMetricsF(m_fonts[role], &m_device).horizontalAdvance(text);
}

QList<SheetLayout::Run> SheetLayout::wrap(const QString &input, Role role, qreal width) const
{
    QList<Run> runs;
    QString text = input;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (text.isEmpty())
        return runs;
    if (!text.contains(QChar::LineSeparator)) {
        const qreal w = this->width(role, text);
        if (w <= width) {
            runs.append({text, w});
            return runs;
        }
    }
    QTextLayout layout(text, m_fonts[role], &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString part = text.mid(line.textStart(), line.textLength());
        while (!part.isEmpty() && (part.back().isSpace() || part.back() == QChar::LineSeparator))
            part.chop(1);
        runs.append({part, line.naturalTextWidth()});
    }
    layout.endLayout();
    return runs;
}

QList<Page> SheetLayout::layout(const core::SheetData &s) const
{
    Builder b(*this);
    b.centred(Agency, s.agencyName, dots(1));
    b.centred(Title,
              QCoreApplication::translate("ui::SheetRenderer", "One Street, One Social Worker — Post Evaluation"),
              dots(1.5));
    QString period = QCoreApplication::translate("ui::SheetRenderer", "Period: %1").arg(s.periodLabel);
    if (s.interimAsOf.isValid())
        period +=
            QStringLiteral("  ") +
            QCoreApplication::translate("ui::SheetRenderer", "(interim evaluation, as of %1)").arg(day(s.interimAsOf));
    if (!s.isFinal)
        period += QStringLiteral("  ") + QCoreApplication::translate("ui::SheetRenderer", "(draft)");
    b.centred(PeriodLine, period, dots(4));

    // Who is evaluated: three rows of label / value pairs; a label column is as wide as its longest label.
    const qreal w = kContentWidth;
    const QString labels[3][3] = {{QCoreApplication::translate("ui::SheetRenderer", "Worker"),
                                   QCoreApplication::translate("ui::SheetRenderer", "Qualification"),
                                   QCoreApplication::translate("ui::SheetRenderer", "Street")},
                                  {QCoreApplication::translate("ui::SheetRenderer", "Department"),
                                   QCoreApplication::translate("ui::SheetRenderer", "Placement"),
                                   QCoreApplication::translate("ui::SheetRenderer", "Contract")},
                                  {QCoreApplication::translate("ui::SheetRenderer", "Supervisor"),
                                   QCoreApplication::translate("ui::SheetRenderer", "Status"),
                                   QCoreApplication::translate("ui::SheetRenderer", "Evaluation no.")}};
    QList<qreal> infoMin(6, 0);
    for (const auto &row : labels)
        for (int i = 0; i < 3; ++i)
            infoMin[2 * i] = std::max(infoMin[2 * i], width(Label, row[i]) + 2 * kPad + dots(1));
    const QList<qreal> cols =
        columnWidths({0.12, 0.19, 0.12, 0.25, 0.12, 0.20}, infoMin, {false, true, false, true, false, true}, w);
    const QString placement =
        s.placementFrom.isValid()
            ? QCoreApplication::translate("ui::SheetRenderer", "%1 to %2").arg(day(s.placementFrom), day(s.placementTo))
            : QString();
    const QString status = s.isFinal
                               ? QCoreApplication::translate("ui::SheetRenderer", "Final (%1)").arg(day(s.finalisedOn))
                               : QCoreApplication::translate("ui::SheetRenderer", "Draft");
    const QString values[3][3] = {{s.workerName, s.qualification, s.street},
                                  {s.department, placement, s.contractCode},
                                  {s.supervisorName, status, QString::number(s.evaluationId)}};
    b.startTable();
    for (int r = 0; r < 3; ++r) {
        QList<Builder::CellSpec> cells;
        for (int i = 0; i < 3; ++i) {
            cells.append({cols[2 * i], labels[r][i], Label, Qt::AlignHCenter, kLabelFill});
            cells.append({cols[2 * i + 1], values[r][i], Cell, Qt::AlignLeft});
        }
        b.row(cells, dots(8));
    }
    b.endTable();

    // The rubric: dimension, item, standard, weight, record, self score, supervisor's score, points.
    b.section(QCoreApplication::translate("ui::SheetRenderer", "Scores"));
    // Narrow columns widen to keep words whole (English); the standard and the record give way.
    const Role roles[8] = {Cell, Cell, Small, Cell, Small, Cell, Cell, Cell};
    const QString heads[8] = {QCoreApplication::translate("ui::SheetRenderer", "Dimension"),
                              QCoreApplication::translate("ui::SheetRenderer", "Item"),
                              QCoreApplication::translate("ui::SheetRenderer", "Scoring standard"),
                              QCoreApplication::translate("ui::SheetRenderer", "Weight"),
                              QCoreApplication::translate("ui::SheetRenderer", "Record"),
                              QCoreApplication::translate("ui::SheetRenderer", "Self score"),
                              QCoreApplication::translate("ui::SheetRenderer", "Supervisor score"),
                              QCoreApplication::translate("ui::SheetRenderer", "Points")};
    QList<qreal> scoreMin(8, 0);
    for (int i = 0; i < 8; ++i)
        scoreMin[i] = longestWord(*this, Head, heads[i]);
    for (const core::SheetData::Item &item : s.items) {
        const QString texts[8] = {item.dimension, item.name, item.standard, QString(), item.dataText, {}, {}, {}};
        for (int i = 0; i < 8; ++i)
            scoreMin[i] = std::max(scoreMin[i], longestWord(*this, roles[i], texts[i]));
    }
    scoreMin[7] =
        std::max({scoreMin[7], width(Strong, QStringLiteral("100.0")), longestWord(*this, Strong, s.gradeLabel)});
    for (qreal &m : scoreMin)
        m += 2 * kPad + dots(0.5);
    const QList<qreal> c = columnWidths({0.07, 0.12, 0.29, 0.07, 0.20, 0.07, 0.09, 0.09}, scoreMin,
                                        {false, false, true, false, true, false, false, false}, w);
    auto header = [&] {
        QList<Builder::CellSpec> cells;
        for (int i = 0; i < 8; ++i)
            cells.append({c[i], heads[i], Head, Qt::AlignHCenter, kHeadFill});
        b.row(cells, dots(8));
    };
    b.startTable(header);
    header();
    int weights = 0;
    for (const core::SheetData::Item &item : s.items) {
        weights += item.weight;
        const QString points = item.score ? QLocale().toString(*item.score * item.weight / 100.0, 'f', 1) : QString();
        b.row({{c[0], item.dimension, Cell, Qt::AlignHCenter},
               {c[1], item.name, Cell, Qt::AlignLeft},
               {c[2], item.standard, Small, Qt::AlignLeft},
               {c[3], QString::number(item.weight), Cell, Qt::AlignHCenter},
               {c[4], item.dataText, Small, Qt::AlignLeft},
               {c[5], score(item.selfScore), Cell, Qt::AlignHCenter},
               {c[6], score(item.score), Cell, Qt::AlignHCenter},
               {c[7], points, Cell, Qt::AlignHCenter}},
              dots(8));
        // An overridden score carries its reason right under it, across the table.
        if (!item.overrideReason.trimmed().isEmpty())
            b.row({{w, overrideNote(item), Small, Qt::AlignLeft, kNoteFill}});
    }
    b.row({{c[0] + c[1] + c[2], QCoreApplication::translate("ui::SheetRenderer", "Total"), Label, Qt::AlignRight,
            kLabelFill},
           {c[3], QString::number(weights), Cell, Qt::AlignHCenter},
           {c[4] + c[5] + c[6], QCoreApplication::translate("ui::SheetRenderer", "Total score"), Label, Qt::AlignRight,
            kLabelFill},
           {c[7], QLocale().toString(s.total, 'f', 1), Strong, Qt::AlignHCenter}},
          dots(8));
    const QString grade = QCoreApplication::translate("ui::SheetRenderer", "Grade");
    if (s.attendanceRule.isEmpty()) {
        b.row({{w - c[7], grade, Label, Qt::AlignRight, kLabelFill}, {c[7], s.gradeLabel, Strong, Qt::AlignHCenter}},
              dots(8));
    } else {
        // The attendance rule the attendance figures follow, in one line, as the table's footnote
        // beside the grade (a row of its own would push the signatures off a full page).
        const qreal left = c[0] + c[1] + c[2] + c[3] + c[4];
        b.row({{left, QCoreApplication::translate("ui::SheetRenderer", "Note: %1").arg(s.attendanceRule), Small,
                Qt::AlignLeft},
               {c[5] + c[6], grade, Label, Qt::AlignRight, kLabelFill},
               {c[7], s.gradeLabel, Strong, Qt::AlignHCenter}},
              dots(8));
    }
    b.endTable();

    // The work summary, in full: it flows onto the next page when long.
    QString summaryHead = QCoreApplication::translate("ui::SheetRenderer", "Work summary");
    if (s.summaryOn.isValid())
        summaryHead += QStringLiteral("  ") +
                       QCoreApplication::translate("ui::SheetRenderer", "(submitted on %1)").arg(day(s.summaryOn));
    b.section(summaryHead);
    b.paragraphs(s.workSummary.trimmed().isEmpty() ? QCoreApplication::translate("ui::SheetRenderer", "(not submitted)")
                                                   : s.workSummary.trimmed());

    const qreal signatures = dots(4) + 2 * height(Body) + dots(8);
    b.section(QCoreApplication::translate("ui::SheetRenderer", "Supervisor's comments"));
    if (s.comments.trimmed().isEmpty()) {
        // Room to write by hand: three lines, or two when that keeps the signatures on this page.
        const qreal room = kContentBottom - b.y - signatures - dots(1);
        b.writingLines(room < 3 * kWritingLine && room >= 2 * kWritingLine ? 2 : 3);
    } else {
        b.paragraphs(s.comments.trimmed());
    }

    // Signature and date lines: supervisor, worker, agency seal; kept together on one page.
    b.need(signatures);
    b.y += dots(4);
    const QString signs[3] = {QCoreApplication::translate("ui::SheetRenderer", "Supervisor (signature):"),
                              QCoreApplication::translate("ui::SheetRenderer", "Worker (signature):"),
                              QCoreApplication::translate("ui::SheetRenderer", "Agency (seal):")};
    const qreal column = w / 3;
    for (int row = 0; row < 2; ++row) {
        for (int i = 0; i < 3; ++i) {
            const QString label = row == 0 ? signs[i] : QCoreApplication::translate("ui::SheetRenderer", "Date:");
            const qreal x = i * column;
            const qreal baseline = b.y + ascent(Body);
            b.text(x, baseline, Body, label);
            if (row == 1 || i < 2)
                b.line(x + width(Body, label) + dots(1), baseline + dots(0.8), x + column - dots(6),
                       baseline + dots(0.8));
        }
        b.y += height(Body) + dots(row == 0 ? 8 : 0);
    }

    // Footers: whose sheet this is and the page within it, so loose pages find their way back.
    const qreal base = kContentBottom + kFooterHeight - (height(Footer) - ascent(Footer));
    const QString who = QStringLiteral("%1 · %2").arg(s.workerName, s.periodLabel);
    const int count = int(b.pages.size());
    for (int i = 0; i < count; ++i) {
        auto &ops = b.pages[i].ops;
        const qreal rule = base - ascent(Footer) - dots(1.5);
        ops.append(Op{Op::Line, Body, kRuleGray, QRectF(QPointF(0, rule), QPointF(w, rule)), {}});
        ops.append(Op{Op::Text, Footer, kGray, QRectF(0, base, 0, 0), who});
        const QString n = QCoreApplication::translate("ui::SheetRenderer", "Page %1 of %2").arg(i + 1).arg(count);
        ops.append(Op{Op::Text, Footer, kGray, QRectF(w - width(Footer, n), base, 0, 0), n});
    }
    return b.pages;
}

void SheetLayout::paint(QPainter *painter, const Page &page, qreal scale) const
{
    int role = -1;
    QRgb textColor = 0, lineColor = 0;
    bool penIsLine = false;
    for (const Op &op : page.ops) {
        switch (op.kind) {
        case Op::Fill:
            painter->fillRect(QRectF(op.rect.topLeft() * scale, op.rect.size() * scale), QColor::fromRgb(op.color));
            break;
        case Op::Line:
            if (!penIsLine || lineColor != op.color) {
                painter->setPen(QPen(QColor::fromRgb(op.color), kRule * scale, Qt::SolidLine, Qt::SquareCap));
                penIsLine = true;
                lineColor = op.color;
            }
            painter->drawLine(op.rect.topLeft() * scale, op.rect.bottomRight() * scale);
            break;
        case Op::Text:
            if (role != op.role) {
                painter->setFont(m_fonts[op.role]);
                role = op.role;
            }
            if (penIsLine || textColor != op.color) {
                painter->setPen(QColor::fromRgb(op.color));
                penIsLine = false;
                textColor = op.color;
            }
            painter->drawText(op.rect.topLeft() * scale, op.text);
            break;
        }
    }
}

QString SheetLayout::dump(const QList<Page> &pages)
{
    // Millimetres on the A4 page, to a tenth.
    auto mmX = [](qreal d) {
        return QString::number(kMarginSide + d * 25.4 / kDpi, 'f', 1);
    };
    auto mmY = [](qreal d) {
        return QString::number(kMarginTop + d * 25.4 / kDpi, 'f', 1);
    };
    auto mm = [](qreal d) {
        return QString::number(d * 25.4 / kDpi, 'f', 1);
    };
    auto colour = [](QRgb c) {
        return QStringLiteral("#%1").arg(c & 0xffffff, 6, 16, QLatin1Char('0'));
    };
    QString out;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        out += QStringLiteral("page %1\n").arg(p + 1);
        for (const Op &op : pages[p].ops) {
            switch (op.kind) {
            case Op::Fill:
                out += QStringLiteral("fill %1 %2 %3 %4 %5\n")
                           .arg(mmX(op.rect.x()), mmY(op.rect.y()), mm(op.rect.width()), mm(op.rect.height()),
                                colour(op.color));
                break;
            case Op::Line:
                out += QStringLiteral("line %1 %2 %3 %4 %5\n")
                           .arg(mmX(op.rect.left()), mmY(op.rect.top()), mmX(op.rect.right()), mmY(op.rect.bottom()),
                                colour(op.color));
                break;
            case Op::Text:
                out += QStringLiteral("text %1 %2 %3 %4\n")
                           .arg(mmX(op.rect.x()), mmY(op.rect.y()), QLatin1String(kRoleNames[op.role]), op.text);
                break;
            }
        }
    }
    return out;
}

} // namespace ui::sheet
