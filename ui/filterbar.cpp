// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "filterbar.h"

#include "flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new FlowLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_search->setMaximumWidth(420);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_layout->addWidget(m_search);
    m_only = new QToolButton(this);
    m_only->setObjectName(QStringLiteral("onlyNamed"));
    m_only->setToolTip(tr("Show every record again"));
    m_only->hide();
    m_layout->addWidget(m_only);
    connect(m_only, &QToolButton::clicked, this, [this] {
        m_ids.clear();
        m_only->hide();
        emit changed();
    });
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    // Enter filters at once, without waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            emit changed();
        }
    });
    m_layout->addStretch(0);
}

void FilterBar::addFilterWidget(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        // As wide as its choices ("All social workers" must not read "All social wor"), but a long
        // street or worker name must not widen the bar beyond the window: the search box gives way
        // first, and a very long name is cut in the closed combo only (its list shows it whole).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaximumWidth(combo->fontMetrics().horizontalAdvance(QStringLiteral("全部社工全部社工全部社工")) +
                               combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2);
    }
    m_layout->insertWidget(m_filterEnd++, widget);
}

void FilterBar::addTrailingWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void FilterBar::enablePeriod()
{
    m_periodOn = new QCheckBox(tr("Period"), this);
    m_periodOn->setObjectName(QStringLiteral("periodOn"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // Room for the whole date beside the calendar button (the style's hint cuts its last digit).
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                              2 * edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_quiet)
                emit changed();
        });
    }
    connect(m_periodOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        if (!m_quiet)
            emit changed();
    });
    addFilterWidget(m_periodOn);
    addFilterWidget(m_from);
    addFilterWidget(new QLabel(QStringLiteral("–"), this));
    addFilterWidget(m_to);
}

void FilterBar::enableDistrictStreet(std::function<Choices()> districts,
                                     std::function<Choices(std::optional<qint64>)> streets)
{
    m_districts = std::move(districts);
    m_streets = std::move(streets);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("district"));
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("street"));
    addFilterWidget(m_district);
    addFilterWidget(m_street);
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        reloadStreets();
        if (!m_quiet)
            emit changed();
    });
    connect(m_street, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet)
            emit changed();
    });
}

void FilterBar::enableWorker(std::function<Choices()> workers)
{
    m_workers = std::move(workers);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    addFilterWidget(m_worker);
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet)
            emit changed();
    });
}

void FilterBar::enableStatus(const QString &label, const StatusChoices &statuses)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(label, QString());
    for (const auto &[code, text] : statuses)
        m_status->addItem(text, code);
    addFilterWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet)
            emit changed();
    });
}

void FilterBar::fill(QComboBox *combo, const Choices &choices, const QString &anyLabel)
{
    const QVariant previous = combo->currentData();
    QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyLabel);
    for (const auto &[id, name] : choices)
        combo->addItem(name, id);
    const int again = previous.isValid() ? combo->findData(previous) : -1;
    combo->setCurrentIndex(again > 0 ? again : 0);
}

std::optional<qint64> FilterBar::selectedId(const QComboBox *combo)
{
    if (!combo || combo->currentIndex() <= 0)
        return std::nullopt;
    return combo->currentData().toLongLong();
}

void FilterBar::select(QComboBox *combo, std::optional<qint64> id)
{
    if (!combo)
        return;
    const int i = id ? combo->findData(*id) : 0;
    combo->setCurrentIndex(i > 0 ? i : 0);
}

void FilterBar::reloadStreets()
{
    if (m_street && m_streets)
        fill(m_street, m_streets(selectedId(m_district)), tr("All streets"));
}

void FilterBar::reloadChoices()
{
    m_quiet = true;
    if (m_district && m_districts)
        fill(m_district, m_districts(), tr("All districts"));
    reloadStreets();
    if (m_worker && m_workers)
        fill(m_worker, m_workers(), tr("All social workers"));
    m_quiet = false;
}

core::ListFilter FilterBar::apply(core::ListFilter base) const
{
    base.search = m_search->text().trimmed();
    base.from = m_periodOn && m_periodOn->isChecked() ? m_from->date() : QDate();
    base.to = m_periodOn && m_periodOn->isChecked() ? m_to->date() : QDate();
    base.districtId = selectedId(m_district);
    base.streetId = selectedId(m_street);
    base.workerId = selectedId(m_worker);
    base.status = m_status ? m_status->currentData().toString() : QString();
    base.ids = m_ids;
    return base;
}

void FilterBar::setFilter(const core::ListFilter &filter)
{
    m_quiet = true;
    m_ids = filter.ids;
    m_only->setText(tr("Only the %n record(s) named ✕", nullptr, int(m_ids.size())));
    m_only->setVisible(!m_ids.isEmpty());
    {
        QSignalBlocker blocker(m_search);
        m_search->setText(filter.search);
    }
    if (m_periodOn) {
        m_periodOn->setChecked(filter.from.isValid() || filter.to.isValid());
        if (filter.from.isValid())
            m_from->setDate(filter.from);
        if (filter.to.isValid())
            m_to->setDate(filter.to);
    }
    select(m_district, filter.districtId);
    reloadStreets();
    select(m_street, filter.streetId);
    select(m_worker, filter.workerId);
    if (m_status) {
        const int i = m_status->findData(filter.status);
        m_status->setCurrentIndex(i > 0 ? i : 0);
    }
    m_quiet = false;
}

} // namespace ui
