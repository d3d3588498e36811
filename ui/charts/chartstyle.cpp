// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "chartstyle.h"

#include "ui/sheet/sheetrenderer.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace ui::charts {

std::unique_ptr<QChart> newChart(const QString &title, const QString &subtitle)
{
    auto chart = std::make_unique<QChart>();
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    // Qt's rich-text title: the subtitle (scope, period) on a second, smaller line.
    chart->setTitle(subtitle.isEmpty() ? title.toHtmlEscaped()
                                       : title.toHtmlEscaped() +
                                             QStringLiteral("<br><span style=\"font-weight:normal; "
                                                            "font-size:small\">") +
                                             subtitle.toHtmlEscaped() + QStringLiteral("</span>"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    chart->layout()->setContentsMargins(4, 4, 4, 4);
    chart->setBackgroundRoundness(0);
    // Axis labels in the user's locale: 60,000 rather than 60000.
    chart->setLocalizeNumbers(true);
    return chart;
}

QString monthLabel(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QCategoryAxis *monthAxis(const QList<QDate> &months, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(QCoreApplication::translate("ui::charts", "Month"));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(months.size());
    const int step = std::max(1, (n + maxLabels - 1) / std::max(1, maxLabels));
    // Label from the last month backwards, so the most recent month always has its label.
    QList<int> labelled;
    for (int i = n - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (int i : std::as_const(labelled))
        axis->append(monthLabel(months.at(i)), i);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axis->setGridLineVisible(false);
    if (step > 1 || n > 8)
        axis->setLabelsAngle(-45);
    return axis;
}

QCategoryAxis *itemAxis(const QStringList &names, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    // Each name in the middle of its own unit-wide band (i − 0.5 .. i + 0.5): Qt elides a label
    // taller or wider than its band.
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    // Category labels must be unique: two workers of the same name get a number.
    QStringList seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names.at(i);
        for (int k = 2; seen.contains(name); ++k)
            name = names.at(i) + QStringLiteral(" (%1)").arg(k);
        seen << name;
        axis->append(name, double(i) + 0.5);
    }
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max<qsizetype>(0, names.size() - 1) + 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *valueAxis(const QString &title, double maximum, double floor)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(maximum * 1.08, floor));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QValueAxis *percentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, 100);
    axis->setTickCount(6);
    // Charts localise numbers: the text after the number is then taken literally (no "%%").
    axis->setLabelFormat(QStringLiteral("%.0f %"));
    return axis;
}

void showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

QImage renderChart(QChart *chart, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintChart(chart, size, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return image;
}

namespace {

// Printed and exported charts use the sheets' Simplified Chinese face for every label. Left to
// fontconfig's fallback (the C locale's sans is DejaVu), Han characters come from Noto Sans CJK JP:
// Japanese glyph shapes on paper, and look-alike radicals in the PDF's text.
void useSheetFont(QChart *chart)
{
    const QStringList families{SheetRenderer::sansFamily()};
    const auto withFamily = [&families](QFont font) {
        font.setFamilies(families);
        // The font's own glyph for each character, so the PDF's text layer can name every glyph.
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    };
    chart->setTitleFont(withFamily(chart->titleFont()));
    chart->legend()->setFont(withFamily(chart->legend()->font()));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(withFamily(axis->labelsFont()));
        axis->setTitleFont(withFamily(axis->titleFont()));
    }
}

} // namespace

void paintChart(QChart *chart, QSize size, QPainter *painter, const QRectF &target)
{
    useSheetFont(chart);
    // A view lays the chart out exactly as the window does; it is never shown.
    QChartView view;
    view.setChart(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.resize(size);
    chart->resize(size);
    // The chart's layout (axes, legend, plot area) is done on a posted layout request.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    view.render(painter, target, QRect(QPoint(0, 0), size));
    // The caller keeps the chart: hand the view an empty one to own and delete instead.
    view.setChart(new QChart);
}

} // namespace ui::charts
