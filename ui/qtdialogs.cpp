// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "qtdialogs.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLocale>
#include <QtMath>

namespace ui {

namespace {

// Watches for file dialogs being shown; cheap for every other event.
class DialogLocaliser : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            if (auto *dialog = qobject_cast<QFileDialog *>(watched))
                if (!qobject_cast<FileListModel *>(dialog->proxyModel()))
                    dialog->setProxyModel(new FileListModel(dialog)); // ignored by a native dialog
        return false;
    }
};

} // namespace

void localiseQtDialogs(QApplication &application)
{
    static DialogLocaliser *localiser = nullptr;
    if (localiser)
        return;
    localiser = new DialogLocaliser(&application);
    application.installEventFilter(localiser);
}

QString FileListModel::size(qint64 bytes)
{
    // As Windows Explorer counts: kilobytes rounded up, then one decimal.
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(qCeil(bytes / 1024.0)));
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MB").arg(locale.toString(bytes / (1024.0 * 1024), 'f', 1));
    return tr("%1 GB").arg(locale.toString(bytes / (1024.0 * 1024 * 1024), 'f', 1));
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
    if (role != Qt::DisplayRole || !files || index.column() < 1 || index.column() > 3)
        return QIdentityProxyModel::data(index, role);
    const QFileInfo info = files->fileInfo(mapToSource(index));
    switch (index.column()) {
    case 1:
        return info.isDir() ? QString() : size(info.size());
    case 2:
        if (info.isRoot())
            return tr("Drive");
        if (info.isDir())
            return tr("Folder");
        return info.suffix().isEmpty() ? tr("File") : tr("%1 File").arg(info.suffix().toUpper());
    default:
        return info.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
}

} // namespace ui
