// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QIdentityProxyModel>

class QApplication;

namespace ui {

// Qt's own dialogs in the user's language. qtbase's translations (core::installTranslations) give
// their buttons and labels; what they leave in English is fixed here: Qt's file dialog formats
// sizes ("20.00 KiB") and dates with the *system* locale, not the language chosen in OneStreet,
// and Debian's Qt 6.4 Chinese lacks the file types ("Folder"). Every QFileDialog the program
// shows (the static getOpenFileName() ones included) gets a FileListModel between its views and
// its file system model.
void localiseQtDialogs(QApplication &application);

// The file dialog's list, sizes as "20 KB", types as "文件夹" / "PDF 文件", dates as yyyy-MM-dd HH:mm,
// in the program's language.
class FileListModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString size(qint64 bytes);
};

} // namespace ui
