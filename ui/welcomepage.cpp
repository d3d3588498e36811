// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "welcomepage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(box);
    auto *title = new QLabel(tr("Welcome to OneStreet"), box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *text = new QLabel(tr("OneStreet keeps the contracts, posts, placements, attendance, activities, supervision "
                               "and evaluations of a “One Street, One Social Worker” project in one file. "
                               "There is no file yet. Start with an empty one, or look around in a demo filled with "
                               "realistic records first."),
                            box);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_where = new QLabel(box);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    layout->addSpacing(12);

    auto addButton = [&](const QString &label, QStyle::StandardPixmap icon, const QString &name) {
        auto *b = new QPushButton(style()->standardIcon(icon), label, box);
        b->setObjectName(name);
        b->setMinimumHeight(40);
        layout->addWidget(b);
        return b;
    };
    auto *create = addButton(tr("New empty database"), QStyle::SP_FileIcon, QStringLiteral("create"));
    auto *demo = addButton(tr("Open the demo…"), QStyle::SP_DirHomeIcon, QStringLiteral("demo"));
    auto *open = addButton(tr("Open a file…"), QStyle::SP_DialogOpenButton, QStringLiteral("open"));
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, [this] { emit createRequested(m_path); });
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void WelcomePage::setPath(const QString &path)
{
    m_path = path;
    m_where->setText(tr("The new file will be %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace ui
