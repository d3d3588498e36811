// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QWidget>

class QLabel;

namespace ui {

// Shown when there is no file yet: create an empty one, try the demo, or open another file.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // The file that "New empty database" will create.
    void setPath(const QString &path);
    QString path() const { return m_path; }

signals:
    void createRequested(const QString &path);
    void demoRequested();
    void openRequested();

private:
    QString m_path;
    QLabel *m_where = nullptr;
};

} // namespace ui
