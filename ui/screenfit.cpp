// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "screenfit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QScreen>
#include <QWidget>
#include <QWindow>

namespace ui {

namespace {

// The frame a window manager adds; before the window is first shown it is not known yet, so
// assume a common title bar and border.
QMargins frameOf(const QWidget *window)
{
    if (const QWindow *handle = window->windowHandle()) {
        const QMargins m = handle->frameMargins();
        if (!m.isNull())
            return m;
    }
    return {6, 32, 6, 6};
}

class ScreenFitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() && qobject_cast<QDialog *>(widget))
                fitToScreen(widget, widget->size());
        }
        return false;
    }
};

} // namespace

QRect availableArea(const QWidget *widget)
{
    QScreen *screen = nullptr;
    for (const QWidget *w = widget; w && !screen; w = w->parentWidget())
        if (w->isVisible() || w->windowHandle())
            screen = w->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

void fitToScreen(QWidget *window, QSize wanted)
{
    const QRect area = availableArea(window->parentWidget() ? window->parentWidget() : window);
    const QMargins frame = frameOf(window);
    const QSize room(area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom());
    const QSize size = wanted.boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    // Keep the whole frame on the screen: centred on the parent (or where it was), then pushed in.
    QPoint topLeft = window->pos();
    if (const QWidget *parent = window->parentWidget(); parent && parent->isVisible())
        topLeft = parent->window()->geometry().center() - QPoint(size.width() / 2, size.height() / 2);
    const int left = area.left() + frame.left(), top = area.top() + frame.top();
    const int right = area.right() - frame.right() - size.width() + 1;
    const int bottom = area.bottom() - frame.bottom() - size.height() + 1;
    topLeft.setX(std::max(left, std::min(topLeft.x(), right)));
    topLeft.setY(std::max(top, std::min(topLeft.y(), bottom)));
    if (topLeft != window->pos())
        window->move(topLeft);
}

void installScreenFit(QApplication &application)
{
    static ScreenFitter *fitter = nullptr;
    if (fitter)
        return;
    fitter = new ScreenFitter(&application);
    application.installEventFilter(fitter);
}

} // namespace ui
