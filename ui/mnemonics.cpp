// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "mnemonics.h"

#include "page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>

#include <functional>

namespace ui::mnemonics {

namespace {

// Where the mnemonic's "&" stands in `text`, -1 when there is none.
qsizetype position(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

bool typeable(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

// A translation's mnemonic: "名称(&N)", "导出 PDF(&D)…".
const QRegularExpression &suffixForm()
{
    static const QRegularExpression form(QStringLiteral("\\(&([A-Za-z0-9])\\)"));
    return form;
}

QString without(const QString &text)
{
    QString plain = text;
    plain.remove(suffixForm());
    const qsizetype at = position(plain);
    if (at >= 0)
        plain.remove(at, 1);
    return plain;
}

// `text` with `key` as its mnemonic, in the form it had.
QString with(const QString &text, QChar key)
{
    if (const auto m = suffixForm().match(text); m.hasMatch()) {
        QString t = text;
        t.replace(m.capturedStart(1), 1, key);
        return t;
    }
    const QString plain = without(text);
    for (qsizetype i = 0; i < plain.size(); ++i)
        if (plain[i].toUpper() == key && (i == 0 || plain[i - 1] != QLatin1Char('&')))
            return plain.left(i) + QLatin1Char('&') + plain.mid(i);
    return plain + QStringLiteral("(&") + key + QLatin1Char(')');
}

// The letters `text` could use, its own first, then the alphabet and the digits.
QList<QChar> candidates(const QString &text)
{
    QList<QChar> keys;
    const QString plain = without(text);
    for (QChar c : plain)
        if (typeable(c) && !keys.contains(c.toUpper()))
            keys << c.toUpper();
    for (char c = 'A'; c <= 'Z'; ++c)
        if (!keys.contains(QLatin1Char(c)))
            keys << QLatin1Char(c);
    for (char c = '0'; c <= '9'; ++c)
        if (!keys.contains(QLatin1Char(c)))
            keys << QLatin1Char(c);
    return keys;
}

QWidget *focusable(QWidget *w)
{
    if (!w)
        return nullptr;
    if (w->focusPolicy() & Qt::TabFocus)
        return w;
    for (QWidget *child : w->findChildren<QWidget *>())
        if ((child->focusPolicy() & Qt::TabFocus) && !child->isHidden())
            return child;
    return nullptr;
}

QWidget *focusable(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (item->widget())
        return focusable(item->widget());
    if (QLayout *layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            if (QWidget *w = focusable(layout->itemAt(i)))
                return w;
    return nullptr;
}

// The widget after `label` in the box layout that holds it.
QWidget *follower(QLayout *layout, const QLabel *label)
{
    if (!layout)
        return nullptr;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == label) {
            if (qobject_cast<QBoxLayout *>(layout))
                for (int j = i + 1; j < layout->count(); ++j)
                    if (QWidget *w = focusable(layout->itemAt(j)))
                        return w;
            return nullptr;
        }
        if (QWidget *w = follower(item->layout(), label))
            return w;
    }
    return nullptr;
}

void giveBuddies(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int r = 0; r < form->rowCount(); ++r) {
            QLayoutItem *labelItem = form->itemAt(r, QFormLayout::LabelRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (label && !label->buddy() && position(label->text()) >= 0)
                if (QWidget *field = focusable(form->itemAt(r, QFormLayout::FieldRole)))
                    label->setBuddy(field);
        }
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()) ||
            position(label->text()) < 0)
            continue;
        if (QWidget *next = follower(label->parentWidget() ? label->parentWidget()->layout() : nullptr, label))
            label->setBuddy(next);
        else
            label->setText(without(label->text())); // nothing to jump to: no "&" on screen either
    }
}

// A text that claims a letter, and how to change it.
struct Claim
{
    QString text;
    std::function<void(const QString &)> set;
};

} // namespace

QChar of(const QString &text)
{
    const qsizetype at = position(text);
    return at < 0 ? QChar() : text[at + 1].toUpper();
}

void fix(QWidget *root, const QSet<QChar> &reserved)
{
    giveBuddies(root);
    // Fields and their labels first, the dialog's own buttons (OK, Cancel) last.
    QList<Claim> claims, buttons;
    auto visible = [root](const QWidget *w) {
        return w->isVisibleTo(root);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!visible(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy() && position(label->text()) >= 0)
                claims.append({label->text(), [label](const QString &t) {
                                   label->setText(t);
                               }});
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (position(button->text()) < 0)
                continue;
            const Claim c{button->text(), [button](const QString &t) {
                              button->setText(t);
                          }};
            (qobject_cast<QDialogButtonBox *>(button->parentWidget()) ? buttons : claims).append(c);
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (group->isCheckable() && position(group->title()) >= 0)
                claims.append({group->title(), [group](const QString &t) {
                                   group->setTitle(t);
                               }});
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (position(tabs->tabText(i)) >= 0)
                    claims.append({tabs->tabText(i), [tabs, i](const QString &t) {
                                       tabs->setTabText(i, t);
                                   }});
        }
    }
    claims += buttons;
    QSet<QChar> taken = reserved;
    QList<Claim *> moving;
    for (Claim &c : claims) {
        const QChar key = of(c.text);
        if (!typeable(key) || taken.contains(key))
            moving << &c;
        else
            taken.insert(key);
    }
    for (Claim *c : std::as_const(moving)) {
        for (QChar key : candidates(c->text)) {
            if (taken.contains(key))
                continue;
            taken.insert(key);
            c->set(with(c->text, key));
            break;
        }
    }
}

namespace {

QSet<QChar> menuLetters(const QWidget *page)
{
    QSet<QChar> letters;
    if (const auto *window = qobject_cast<const QMainWindow *>(page->window()))
        if (window->menuWidget())
            for (const QAction *a : window->menuWidget()->actions())
                if (const QChar key = of(a->text()); !key.isNull())
                    letters.insert(key);
    return letters;
}

class Watcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        // OneStreet's own dialogs; Qt's (file, print, message box) keep Qt's letters.
        if (qobject_cast<QDialog *>(widget) &&
            QLatin1String(widget->metaObject()->className()).startsWith(QLatin1String("ui::")))
            fix(widget);
        else if (qobject_cast<Page *>(widget))
            fix(widget, menuLetters(widget));
        return false;
    }
};

} // namespace

void install(QApplication &application)
{
    static Watcher *watcher = nullptr;
    if (watcher)
        return;
    watcher = new Watcher(&application);
    application.installEventFilter(watcher);
}

} // namespace ui::mnemonics
