// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The 报告 actions in the window: on the Contracts page for the selected contract, on the Charts
// page for the scope and months shown; the dialog's PDF, XLSX and print preview; its refusals.
#include "core/io/xlsxworkbook.h"
#include "reportfixture.h"
#include "ui/charts/chartspage.h"
#include "ui/pages/contractspage.h"
#include "ui/report/reportdialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// The agency in a file: the dialog counts on a worker thread with its own connection.
struct FileAgency
{
    QTemporaryDir dir;
    core::Database db;
    reportfixture::Agency agency;
    FileAgency()
        : db(open(dir.filePath(QStringLiteral("report.db"))))
        , agency(db)
    {}
    static core::Database open(const QString &path)
    {
        auto db = core::Database::open(path);
        if (!db)
            FAIL(db.error().message.toStdString());
        return db.value();
    }
};

// Runs `check` on the report dialog the action opens, then closes it.
std::optional<core::ReportRequest> requestOfDialogOpenedBy(const std::function<void()> &open)
{
    std::optional<core::ReportRequest> seen;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<ui::report::ReportDialog *>(QApplication::activeModalWidget())) {
            seen = dialog->request();
            dialog->reject();
        }
    });
    timer.start(20);
    open();
    return seen;
}

} // namespace

TEST_CASE("The Contracts page's Report action opens the report of the selected contract", "[report][ui]")
{
    FileAgency a;
    ui::ContractsPage page;
    page.resize(1366, 768);
    page.setDatabase(a.db);
    auto *view = page.findChild<QTableView *>(QStringLiteral("list"));
    REQUIRE(view);
    QApplication::processEvents();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data().toString() == QStringLiteral("XC-2026"))
            row = r;
    REQUIRE(row >= 0);
    view->selectRow(row);
    QAction *report = page.findChild<QAction *>(QStringLiteral("contractReport"));
    REQUIRE(report);
    const auto request = requestOfDialogOpenedBy([&] { report->trigger(); });
    REQUIRE(request);
    CHECK(request->contractId == a.agency.c2);
    // The quarter running today, inside the contract's term (10 March 2026 to 9 March 2027).
    CHECK(request->first >= QDate(2026, 1, 1));
    CHECK(request->last <= QDate(2027, 3, 31));
    CHECK(request->last.addDays(1).day() == 1);
}

TEST_CASE("The Charts page's Report button reports on the street and the months shown", "[report][ui]")
{
    FileAgency a;
    ui::ChartsPage page;
    page.resize(1366, 768);
    page.setDatabase(a.db);
    page.setRange(QDate(2026, 2, 1), QDate(2026, 3, 1));
    page.setScope(a.agency.dongcheng, a.agency.s2, std::nullopt);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("chartsReport"));
    REQUIRE(button);
    const auto request = requestOfDialogOpenedBy([&] { button->click(); });
    REQUIRE(request);
    CHECK_FALSE(request->contractId);
    CHECK(request->scope.kind == core::Scope::Kind::Street);
    CHECK(request->scope.id == a.agency.s2);
    CHECK(request->first == QDate(2026, 2, 1));
    CHECK(request->last == QDate(2026, 3, 31));
}

TEST_CASE("The report dialog saves the PDF and the XLSX, previews, and refuses a period outside the term",
          "[report][ui]")
{
    FileAgency a;
    ui::report::ReportDialog dialog(
        a.db, core::ReportRequest::forPeriod(core::Period::month(2026, 3), QDate(2026, 4, 15), a.agency.c1));
    QStringList errors;
    dialog.setErrorSink([&](const QString &message) { errors << message; });
    QString next;
    dialog.setFileChooser([&](const QString &, const QString &, const QString &) { return next; });

    // The period chosen is March 2026, as asked.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("periodKind"));
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("periodYear"));
    auto *index = dialog.findChild<QComboBox *>(QStringLiteral("periodIndex"));
    REQUIRE(kind);
    REQUIRE(year);
    REQUIRE(index);
    CHECK(dialog.request().first == QDate(2026, 3, 1));
    CHECK(dialog.request().last == QDate(2026, 3, 31));

    next = a.dir.filePath(QStringLiteral("march")); // the suffix is added
    dialog.findChild<QPushButton *>(QStringLiteral("savePdf"))->click();
    CHECK(errors.isEmpty());
    QFile pdf(next + QStringLiteral(".pdf"));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    next = a.dir.filePath(QStringLiteral("march.xlsx"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveXlsx"))->click();
    CHECK(errors.isEmpty());
    auto book = core::io::readXlsxWorkbook(next);
    REQUIRE(book.ok());
    CHECK(book->size() == 9);

    // Print preview paints the pages without an error.
    bool previewed = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            previewed = true;
            preview->reject();
        }
    });
    timer.start(50);
    dialog.findChild<QPushButton *>(QStringLiteral("preview"))->click();
    timer.stop();
    CHECK(previewed);
    CHECK(errors.isEmpty());

    // 2025 Q1 is before the contract: a clear message, no file.
    kind->setCurrentIndex(kind->findData(int(core::Period::Kind::Quarter)));
    year->setValue(2025);
    index->setCurrentIndex(0);
    next = a.dir.filePath(QStringLiteral("outside.pdf"));
    dialog.findChild<QPushButton *>(QStringLiteral("savePdf"))->click();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("DC-2026")));
    CHECK_FALSE(QFile::exists(next));
}
