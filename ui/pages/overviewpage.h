// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/summary.h"
#include "ui/page.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QHash>

class QDateEdit;
class QGridLayout;
class QLabel;
class QKeyEvent;
class QMouseEvent;

namespace ui {

class FirstSteps;

// A dashboard card: a caption, a big value, an optional line of text; clicking it opens the
// page it concerns.
class OverviewCard : public QFrame
{
    Q_OBJECT
public:
    OverviewCard(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value);
    void setText(const QString &text);
    QString value() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value = nullptr;
    QLabel *m_text = nullptr;
};

// 概览: the director's dashboard: key figures and alerts as of a day. The figures are
// computed on a worker thread with its own connection, so a big file never freezes the window.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void setDatabase(const core::Database &db) override;
    void refresh() override;

    // The figures shown (after the computation finished); tests wait for figuresShown().
    const std::optional<core::KeyFigures> &figures() const { return m_figures; }
    // The card of a figure (contracts_active, posts_vacant, workers_active, attendance_rate,
    // activities_held, admin_share) or of an alert kind (core::Alert's kinds); nullptr if none.
    OverviewCard *card(const QString &name) const { return m_cardByName.value(name); }
    FirstSteps *firstSteps() const { return m_firstSteps; }

signals:
    void figuresShown();

private:
    void showFigures(const core::Result<core::KeyFigures> &result);
    OverviewCard *addCard(int row, int column, const QString &name, const QString &caption);
    // Opens the page behind a figure card (with the period or status it is about).
    void openFigure(const QString &name);
    void openAlert(const QString &kind);

    std::optional<core::Database> m_db;
    std::optional<core::KeyFigures> m_figures;
    QFutureWatcher<core::Result<core::KeyFigures>> m_watcher;
    bool m_again = false;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_state = nullptr;
    QGridLayout *m_cards = nullptr;
    QGridLayout *m_alertCards = nullptr;
    QLabel *m_noAlerts = nullptr;
    QHash<QString, OverviewCard *> m_cardByName;
    FirstSteps *m_firstSteps = nullptr;
};

} // namespace ui
