// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QChart>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSize>

#include <memory>

class QCategoryAxis;
class QPainter;
class QValueAxis;

namespace ui::charts {

// The look every chart shares, so that the window, the clipboard and `onestreet chart` draw the
// same picture.

// A new chart with the title, the legend at the bottom and no animation (a chart rebuilt on
// every filter change must not replay it, and offscreen rendering has no time for it).
std::unique_ptr<QChart> newChart(const QString &title, const QString &subtitle = {});

// "2026-03": the month label used on every axis and tooltip.
QString monthLabel(QDate month);

// A category axis for months (index 0 .. n−1, one bar or point per month) that labels at most
// `maxLabels` of them, evenly spaced, so ten years stay readable.
QCategoryAxis *monthAxis(const QList<QDate> &months, int maxLabels = 13);
// An axis naming items (workers, contracts) at index 0 .. n−1, every one labelled.
QCategoryAxis *itemAxis(const QStringList &names, const QString &title);
// A value axis from 0 to a round number above `maximum` (at least `floor`).
QValueAxis *valueAxis(const QString &title, double maximum, double floor = 1.0);
// A 0–100 % axis.
QValueAxis *percentAxis(const QString &title);

// Shows `text` at the mouse as the tooltip of a hovered bar or point; hides it when empty.
void showToolTip(const QString &text);

// Draws `chart` (laid out for `size`) into a white image of that size.
QImage renderChart(QChart *chart, QSize size);
// Draws `chart`, laid out for `size` as in the window, into `target` of any painter. On a PDF's
// painter the chart stays vector: lines and text, not a picture.
void paintChart(QChart *chart, QSize size, QPainter *painter, const QRectF &target);

} // namespace ui::charts
