// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/listing.h"

#include <QIcon>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace ui {

// One page of the window (概览, 合同, 社工 ...). The window owns the pages, hands each the open
// database, and switches between them with the navigation on the left.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr)
        : QWidget(parent)
    {}

    // A stable, untranslated name: screenshots are saved as <key>.png, settings use it.
    virtual QString key() const = 0;
    // The translated name in the navigation.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // The window opened another file (or the same one again): drop everything read from the old one.
    virtual void setDatabase(const core::Database &db) = 0;
    // Show the records matching `filter` (another page jumps here, e.g. an alert on the Overview).
    virtual void showFiltered(const core::ListFilter &filter) { Q_UNUSED(filter); }
    // Re-read what is shown (another page changed the file).
    virtual void refresh() {}

signals:
    // Ask the window to switch to the page `key`, showing what `filter` selects.
    void navigateRequested(const QString &key, const core::ListFilter &filter);
    // This page changed the file: other pages refresh when they are shown next.
    void dataChanged();
};

// The pages of the window, in navigation order. A new page is a class and one line in
// pages.cpp; the window never needs to know it.
struct PageEntry
{
    std::function<Page *()> create;
};
std::vector<PageEntry> pageRegistry();

} // namespace ui
