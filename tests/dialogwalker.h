// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Opens every dialog the window offers: on each page, every action and every button that is
// enabled (after selecting the first row), and inside each dialog the buttons that open another
// ("…"). Each dialog is handed to a callback while it is shown, then cancelled. For tests that
// look at all dialogs at once (labels, mnemonics, sizes).
#pragma once

#include "core/database.h"
#include "core/demo.h"
#include "helpers.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMenu>
#include <QPointer>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace dialogwalker {

// A demo file of a few streets and a year, made in-process.
inline QString makeDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    core::DemoOptions options;
    options.streets = 3;
    options.years = 1;
    options.endDate = QDate(2026, 6, 30);
    REQUIRE(core::DemoGenerator(db.value(), options).run().ok());
    return path;
}

// `where` names the dialog for messages: "page › button › nested button".
using Visit = std::function<void(QWidget *dialog, const QString &where)>;

class Walker
{
public:
    explicit Walker(Visit visit)
        : m_visit(std::move(visit))
    {}

    // Every page of `window` (a file open in it), in navigation order.
    void walk(ui::MainWindow &window)
    {
        for (ui::Page *page : window.pages()) {
            window.showPage(page->key());
            QApplication::processEvents();
            walkPage(page);
        }
    }

    QStringList seen; // "where" of every dialog visited

private:
    static QString label(const QString &text)
    {
        QString t = text;
        return t.remove(QLatin1Char('&'));
    }

    void walkPage(ui::Page *page)
    {
        if (auto *list = qobject_cast<ui::ListPage *>(page)) {
            list->view()->setFocus();
            if (list->model()->rowCount() > 0)
                list->view()->selectRow(0);
        }
        QList<QAction *> actions;
        for (QAction *a : page->findChildren<QAction *>())
            if (a->isEnabled() && !a->isSeparator() && !a->menu() && !a->text().isEmpty() && !actions.contains(a))
                actions << a;
        for (QAction *a : std::as_const(actions))
            run(
                page->title() + QStringLiteral(" › ") + label(a->text()), [a] { a->trigger(); }, 0);
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || !b->isEnabled() || b->isCheckable() || b->text().isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(b); tool && tool->defaultAction())
                continue; // its action was triggered above
            QPointer<QAbstractButton> button(b);
            run(
                page->title() + QStringLiteral(" › ") + label(b->text()),
                [button] {
                    if (button)
                        button->click();
                },
                0);
        }
    }

    // Runs `action`; every dialog it opens (and, below depth 1, the dialogs their "…" buttons
    // open) is visited and closed.
    void run(const QString &where, const std::function<void()> &action, int depth)
    {
        struct Watch
        {
            bool active = true;
            bool handled = false;
            QWidgetList before;
            QElapsedTimer clock;
        };
        auto state = std::make_shared<Watch>();
        state->before = QApplication::topLevelWidgets();
        state->clock.start();
        auto poll = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> again = poll;
        *poll = [this, state, again, where, depth] {
            if (!state->active || state->handled)
                return;
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && !state->before.contains(modal)) {
                state->handled = true;
                handle(modal, where, depth);
                return;
            }
            if (state->clock.elapsed() < 3000)
                if (auto next = again.lock())
                    QTimer::singleShot(20, QApplication::instance(), [next] { (*next)(); });
        };
        QTimer::singleShot(20, QApplication::instance(), [poll] { (*poll)(); });
        action();
        // The action has returned: a modal dialog was handled inside it. A window it opened
        // without blocking is visited now.
        QApplication::processEvents();
        if (!state->handled)
            for (QWidget *w : QApplication::topLevelWidgets())
                if (!state->before.contains(w) && w->isVisible() && qobject_cast<QDialog *>(w)) {
                    state->handled = true;
                    handle(w, where, depth);
                    break;
                }
        state->active = false;
        while (QWidget *modal = QApplication::activeModalWidget()) {
            if (state->before.contains(modal))
                break;
            close(modal);
        }
    }

    void handle(QWidget *dialog, const QString &where, int depth)
    {
        QApplication::processEvents();
        seen << where;
        m_visit(dialog, where);
        if (depth < 1 && !qobject_cast<QFileDialog *>(dialog)) {
            for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
                const QString text = b->text();
                if (!b->isVisible() || !b->isEnabled() || !(text.endsWith(u'…') || text.endsWith(QLatin1String("..."))))
                    continue;
                QPointer<QAbstractButton> button(b);
                run(
                    where + QStringLiteral(" › ") + label(text),
                    [button] {
                        if (button)
                            button->click();
                    },
                    depth + 1);
            }
        }
        close(dialog);
    }

    static void close(QWidget *dialog)
    {
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
        else
            dialog->close();
        QApplication::processEvents();
    }

    Visit m_visit;
};

} // namespace dialogwalker
