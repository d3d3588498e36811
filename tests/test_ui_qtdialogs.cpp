// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Qt's own dialogs under zh_CN: message boxes, button boxes, the file dialog, print and preview.
#include "core/i18n.h"
#include "helpers.h"
#include "ui/qtdialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>

namespace {

// Qt's and OneStreet's Chinese for one test case.
struct Chinese
{
    Chinese() { core::installTranslations(*qApp, QStringLiteral("zh_CN")); }
    ~Chinese() { core::installTranslations(*qApp, QStringLiteral("en")); }
};

// Words of three or more Latin letters in what a widget shows (texts, tool tips, window titles).
QStringList englishIn(const QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(const_cast<QWidget *>(root)))
            texts << b->text() << b->toolTip();
    for (const QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisibleTo(const_cast<QWidget *>(root)))
            texts << l->text();
    for (const QAction *a : root->findChildren<QAction *>())
        if (a->isVisible())
            texts << a->text() << a->toolTip();
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList words;
    for (const QString &t : std::as_const(texts))
        for (auto it = word.globalMatch(t); it.hasNext();) {
            const QString w = it.next().captured(0);
            // Names, not words: PDF, the printer system, the program.
            if (w != u"PDF" && w != u"CUPS" && w != u"OneStreet" && !words.contains(w))
                words << w;
        }
    return words;
}

// ONESTREET_SCREENSHOTS=dir saves what the dialogs look like there, for a look.
void keep(QWidget *widget, const char *name)
{
    const QString folder = qEnvironmentVariable("ONESTREET_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("Qt's translations are installed and found", "[i18n][ui]")
{
    Chinese chinese;
    INFO(core::qtTranslationFolders().join(QStringLiteral(", ")).toStdString());
    CHECK(core::qtTranslationsInstalled()); // Debian: apt-get install qt6-translations-l10n
}

TEST_CASE("message boxes and button boxes speak Chinese", "[i18n][ui]")
{
    Chinese chinese;
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes |
                         QDialogButtonBox::No | QDialogButtonBox::Save | QDialogButtonBox::Close);
    CHECK(box.button(QDialogButtonBox::Ok)->text() == QStringLiteral("确定"));
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
    CHECK(englishIn(&box) == QStringList());

    QMessageBox question(QMessageBox::Question, QStringLiteral("恢复备份"), QStringLiteral("替换？"),
                         QMessageBox::Yes | QMessageBox::Cancel);
    CHECK(question.button(QMessageBox::Yes)->text().startsWith(QStringLiteral("是")));
    question.show();
    keep(&question, "messagebox");
    question.close();
    CHECK(englishIn(&question) == QStringList());
}

TEST_CASE("the file dialog lists types, sizes and dates in Chinese", "[i18n][ui]")
{
    Chinese chinese;
    ui::localiseQtDialogs(*qApp);
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("报告")));
    QFile pdf(dir.filePath(QStringLiteral("名单.pdf")));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write(QByteArray(20 * 1024, 'x'));
    pdf.close();

    QFileDialog dialog(nullptr, QStringLiteral("导出"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog); // the dialog a Linux desktop without a portal gets
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    REQUIRE(view);
    QTRY_COMPARE(view->model()->rowCount(view->rootIndex()), 2);
    QHash<QString, QStringList> rows;
    for (int r = 0; r < 2; ++r) {
        QStringList cells;
        for (int c = 0; c < 4; ++c)
            cells << view->model()->index(r, c, view->rootIndex()).data().toString();
        rows.insert(cells.first(), cells);
    }
    INFO(rows.value(QStringLiteral("名单.pdf")).join(QStringLiteral(" | ")).toStdString());
    INFO(rows.value(QStringLiteral("报告")).join(QStringLiteral(" | ")).toStdString());
    CHECK(rows.value(QStringLiteral("报告")).value(2) == QStringLiteral("文件夹"));
    CHECK(rows.value(QStringLiteral("名单.pdf")).value(1) == QStringLiteral("20 KB"));
    CHECK(rows.value(QStringLiteral("名单.pdf")).value(2) == QStringLiteral("PDF 文件"));
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"))
              .match(rows.value(QStringLiteral("名单.pdf")).value(3))
              .hasMatch());
    for (int c = 0; c < 4; ++c)
        CHECK_FALSE(view->model()
                        ->headerData(c, Qt::Horizontal)
                        .toString()
                        .contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))));
    CHECK(englishIn(&dialog) == QStringList());
    keep(&dialog, "filedialog");
    dialog.close();
}

TEST_CASE("print preview and the print dialog speak Chinese", "[i18n][ui]")
{
    Chinese chinese;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer);
    preview.show();
    QApplication::processEvents();
    INFO(englishIn(&preview).join(QStringLiteral(", ")).toStdString());
    CHECK(englishIn(&preview) == QStringList());
    keep(&preview, "preview");
    preview.close();

    QPrintDialog print(&printer);
    print.show();
    QApplication::processEvents();
    INFO(englishIn(&print).join(QStringLiteral(", ")).toStdString());
    CHECK(englishIn(&print) == QStringList());
    keep(&print, "printdialog");
    print.close();
}
