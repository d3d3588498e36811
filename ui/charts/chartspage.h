// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "chartbuilders.h"
#include "ui/page.h"

#include <memory>
#include <optional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabBar;

namespace ui {

// 图表: the charts of core's reports, one per tab, over a run of months and narrowed to a
// district, a street or a worker where the chart allows. Each chart is drawn by the same
// builder as `onestreet chart`, and can be saved as PNG or copied.
class ChartsPage : public Page
{
    Q_OBJECT
public:
    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;
    QString key() const override { return QStringLiteral("charts"); }
    QString title() const override { return tr("Charts"); }
    void setDatabase(const core::Database &db) override;
    void refresh() override;

    // For tests and other pages: the chart shown, switching charts, the filters.
    QChart *chart() const;
    QString currentChart() const;
    bool showChart(const QString &chartKey);
    void setRange(QDate fromMonth, QDate toMonth);
    void setScope(std::optional<qint64> districtId, std::optional<qint64> streetId, std::optional<qint64> workerId);
    charts::ChartRequest request() const;
    // The values the chart shown draws (as `onestreet chart --json` prints them).
    const charts::ChartData &shownData() const { return m_data; }
    // The chart as a picture of the view's size.
    QImage picture() const;

signals:
    // A chart was drawn (after any change of tab, filter or data).
    void chartShown();

private:
    void rebuild();
    void reloadChoices();
    void reloadStreets();
    void savePicture();
    void copyPicture();
    static std::optional<qint64> selectedId(const QComboBox *combo);

    std::optional<core::Database> m_db;
    std::vector<std::unique_ptr<charts::ChartBuilder>> m_builders;
    QTabBar *m_tabs = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_street = nullptr;
    QComboBox *m_worker = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr; // what the figures follow (the attendance rule) and their as-of day
    QChartView *m_view = nullptr;
    charts::ChartData m_data;
    bool m_quiet = false;
};

} // namespace ui
