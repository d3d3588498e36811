// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/listing.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace ui {

class FlowLayout;

// The search box and the optional filters above a list: period, district → street, worker,
// status. A page switches on the filters that make sense for it and says where the choices
// come from (core's repositories); the bar turns them into a core::ListFilter.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    using Choices = QList<std::pair<qint64, QString>>;        // id, name
    using StatusChoices = QList<std::pair<QString, QString>>; // stored code, label

    explicit FilterBar(QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    // Shown while the list is limited to named records (ListFilter::ids, e.g. from an alert);
    // clicking it shows every record again.
    QToolButton *onlyButton() const { return m_only; }
    // Typing waits this long before filtering, so a fast typist is not slowed down by queries.
    static constexpr int kDebounceMs = 250;

    void enablePeriod();
    void enableDistrictStreet(std::function<Choices()> districts,
                              std::function<Choices(std::optional<qint64>)> streets);
    void enableWorker(std::function<Choices()> workers);
    void enableStatus(const QString &label, const StatusChoices &statuses);
    // Reads the combo choices again (another file was opened, or records were added).
    void reloadChoices();

    // `base` with this bar's search text and filters filled in (its sort is kept).
    core::ListFilter apply(core::ListFilter base) const;
    // Shows what `filter` selects in the widgets (without emitting changed()).
    void setFilter(const core::ListFilter &filter);

    // A page's own filter widget (e.g. a contract combo): after the other filters, before the
    // buttons. The page applies it to its ListFilter itself.
    void addFilterWidget(QWidget *widget);
    // Extra widgets (e.g. buttons) go at the right end of the bar.
    void addTrailingWidget(QWidget *widget);

signals:
    void changed();

private:
    static void fill(QComboBox *combo, const Choices &choices, const QString &anyLabel);
    static std::optional<qint64> selectedId(const QComboBox *combo);
    static void select(QComboBox *combo, std::optional<qint64> id);
    void reloadStreets();

    FlowLayout *m_layout = nullptr; // search box, filters, stretch, trailing widgets; wraps when narrow
    int m_filterEnd = 2;            // layout index after the last filter widget
    QLineEdit *m_search = nullptr;
    QToolButton *m_only = nullptr;
    QList<qint64> m_ids;
    QTimer *m_debounce = nullptr;
    QCheckBox *m_periodOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_street = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_status = nullptr;
    std::function<Choices()> m_districts;
    std::function<Choices(std::optional<qint64>)> m_streets;
    std::function<Choices()> m_workers;
    bool m_quiet = false;
};

} // namespace ui
