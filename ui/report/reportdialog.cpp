// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reportdialog.h"

#include "core/contract.h"
#include "core/io/reportworkbook.h"
#include "core/organisation.h"
#include "reportrenderer.h"
#include "ui/background.h"
#include "ui/screenfit.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ui::report {

namespace {

constexpr int kCustom = -1; // the kind combo's entry for the months a chart shows

// The period `kind` of `year` whose index is `index` (1-based).
core::Period periodOf(core::Period::Kind kind, int year, int index)
{
    switch (kind) {
    case core::Period::Kind::Month:
        return core::Period::month(year, index);
    case core::Period::Kind::Quarter:
        return core::Period::quarter(year, index);
    case core::Period::Kind::Half:
        return core::Period::half(year, index);
    case core::Period::Kind::Year:
        break;
    }
    return core::Period::year(year);
}

// The calendar period that is exactly [first, last], if any.
std::optional<core::Period> exactPeriod(QDate first, QDate last)
{
    for (auto kind :
         {core::Period::Kind::Month, core::Period::Kind::Quarter, core::Period::Kind::Half, core::Period::Kind::Year}) {
        const core::Period p = core::Period::containing(kind, first);
        if (p.first() == first && p.last() == last)
            return p;
    }
    return std::nullopt;
}

} // namespace

ReportDialog::ReportDialog(const core::Database &db, const core::ReportRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_base(request)
{
    setWindowTitle(tr("Report for the purchaser"));
    const std::optional<core::Period> period = exactPeriod(request.first, request.last);
    m_custom = !period;

    m_scope = new QLabel(this);
    m_scope->setWordWrap(true);
    if (request.contractId) {
        auto c = core::ContractRepository(db).get(*request.contractId);
        m_scope->setText(
            c ? tr("Contract %1 “%2”, %3 to %4").arg(c->code, c->title, core::isoDate(c->start), core::isoDate(c->end))
              : tr("Contract %1").arg(*request.contractId));
        m_name = c ? c->code : QString::number(*request.contractId);
    } else if (request.scope.kind == core::Scope::Kind::District) {
        auto d = core::OrganisationRepository(db).district(request.scope.id);
        m_name = d ? d->name : QString::number(request.scope.id);
        m_scope->setText(tr("District %1").arg(m_name));
    } else if (request.scope.kind == core::Scope::Kind::Street) {
        auto s = core::OrganisationRepository(db).street(request.scope.id);
        m_name = s ? s->name : QString::number(request.scope.id);
        m_scope->setText(tr("Street %1").arg(m_name));
    } else {
        m_scope->setText(tr("Whole agency (every post of the contracts that ran)"));
        m_name = tr("agency");
    }

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    if (m_custom)
        m_kind->addItem(tr("Months shown (%1 to %2)")
                            .arg(request.first.toString(QStringLiteral("yyyy-MM")),
                                 request.last.toString(QStringLiteral("yyyy-MM"))),
                        kCustom);
    m_kind->addItem(tr("Month"), int(core::Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(core::Period::Kind::Quarter));
    m_kind->addItem(tr("Half-year"), int(core::Period::Kind::Half));
    m_kind->addItem(tr("Year"), int(core::Period::Kind::Year));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue((request.first.isValid() ? request.first : QDate::currentDate()).year());
    m_index = new QComboBox(this);
    m_index->setObjectName(QStringLiteral("periodIndex"));
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_kind, 1);
    periodRow->addWidget(m_year);
    periodRow->addWidget(m_index);
    m_asOf = new QDateEdit(request.asOf.isValid() ? request.asOf : QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setToolTip(tr("Nothing after this day is counted; a period still running is counted up to it."));

    auto *form = new QFormLayout;
    form->addRow(tr("Covers:"), m_scope);
    // A label with a buddy: the mnemonic works and its '&' is not shown (a row of a layout has none).
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_kind);
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&As of:"), m_asOf);
    auto *hint = new QLabel(tr("Posts kept filled, attendance, activities, supervision, evaluations and funding, "
                               "with the attendance and activity charts and a signature block."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    auto *xlsx = buttons->addButton(tr("Save as &XLSX…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("preview"));
    pdf->setObjectName(QStringLiteral("savePdf"));
    xlsx->setObjectName(QStringLiteral("saveXlsx"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(pdf, &QPushButton::clicked, this, [this] { askAndSave(true); });
    connect(xlsx, &QPushButton::clicked, this, [this] { askAndSave(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    if (period) {
        m_kind->setCurrentIndex(m_kind->findData(int(period->kind())));
        m_year->setValue(period->yearNumber());
    }
    fillIndexes();
    if (period)
        m_index->setCurrentIndex(std::max(0, m_index->findData(period->index())));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::fillIndexes);

    m_chooseFile = [this](const QString &title, const QString &suggested, const QString &filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, folder + QLatin1Char('/') + suggested, filter);
    };
    m_showError = [this](const QString &message) {
        QMessageBox::warning(this, tr("Report for the purchaser"), message);
    };
    resize(560, sizeHint().height());
}

void ReportDialog::fillIndexes()
{
    const int kind = m_kind->currentData().toInt();
    const int keep = m_index->currentData().toInt();
    m_index->clear();
    m_year->setEnabled(kind != kCustom);
    if (kind == int(core::Period::Kind::Month))
        for (int m = 1; m <= 12; ++m)
            m_index->addItem(QLocale().monthName(m), m);
    else if (kind == int(core::Period::Kind::Quarter))
        for (int q = 1; q <= 4; ++q)
            m_index->addItem(tr("Q%1").arg(q), q);
    else if (kind == int(core::Period::Kind::Half))
        for (int h = 1; h <= 2; ++h)
            m_index->addItem(h == 1 ? tr("First half") : tr("Second half"), h);
    m_index->setVisible(m_index->count() > 0);
    m_index->setCurrentIndex(std::max(0, m_index->findData(keep)));
}

core::ReportRequest ReportDialog::request() const
{
    core::ReportRequest r = m_base;
    r.asOf = m_asOf->date();
    const int kind = m_kind->currentData().toInt();
    if (kind == kCustom) {
        r.periodLabel =
            tr("%1 to %2").arg(r.first.toString(QStringLiteral("yyyy-MM")), r.last.toString(QStringLiteral("yyyy-MM")));
        return r;
    }
    const core::Period p =
        periodOf(core::Period::Kind(kind), m_year->value(), std::max(1, m_index->currentData().toInt()));
    r.first = p.first();
    r.last = p.last();
    r.periodLabel = p.label();
    return r;
}

std::optional<PreparedReport> ReportDialog::prepare()
{
    const core::ReportRequest asked = request();
    BackgroundTask task{tr("Report for the purchaser"), tr("Counting the figures of %1…").arg(asked.periodLabel)};
    task.mode = core::Database::Mode::ReadOnly;
    task.lateResultCounts = false; // it only reads: Cancel means no report
    const auto prepared = runInBackground<PreparedReport>(
        this, task, m_db, [&asked](const core::Database &db, const JobProgress &progress) {
            auto report = prepareReport(db, asked);
            progress.report(100, 100);
            return report;
        });
    if (!prepared) {
        m_showError(prepared.error().message);
        return std::nullopt;
    }
    return prepared.value();
}

void ReportDialog::preview()
{
    const auto prepared = prepare();
    if (!prepared)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(
        tr("Print preview – %1, %2").arg(prepared->report.scopeLabel, prepared->report.request.periodLabel));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &prepared](QPrinter *p) {
        if (auto pages = ReportRenderer::print(p, *prepared); !pages)
            m_showError(pages.error().message);
    });
    // As large as the evaluation sheets' preview, but never larger than the screen.
    fitToScreen(&dialog, QSize(900, 900));
    dialog.exec();
}

bool ReportDialog::savePdf(const QString &path)
{
    const auto prepared = prepare();
    if (!prepared)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto pages = ReportRenderer::writePdf(*prepared, path);
    QApplication::restoreOverrideCursor();
    if (!pages) {
        m_showError(pages.error().message);
        return false;
    }
    return true;
}

bool ReportDialog::saveXlsx(const QString &path)
{
    const auto prepared = prepare();
    if (!prepared)
        return false;
    if (const core::Status s = core::io::writeReportWorkbook(prepared->document, path); !s) {
        m_showError(s.error().message);
        return false;
    }
    return true;
}

QString ReportDialog::suggestedName(const QString &suffix) const
{
    const core::ReportRequest r = request();
    QString name = tr("Report %1 %2").arg(m_name, r.periodLabel);
    for (QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|', u'“', u'”'})
        name.remove(bad);
    return name.simplified() + suffix;
}

void ReportDialog::askAndSave(bool pdf)
{
    QString path =
        pdf ? m_chooseFile(tr("Save the report as PDF"), suggestedName(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"))
            : m_chooseFile(tr("Save the report as XLSX"), suggestedName(QStringLiteral(".xlsx")),
                           tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (pdf ? savePdf(path) : saveXlsx(path))
        setWindowTitle(tr("Report for the purchaser – saved %1").arg(QDir::toNativeSeparators(path)));
}

core::ReportRequest ReportDialog::forContract(const core::Database &db, qint64 contractId, QDate today)
{
    QDate day = today;
    if (auto c = core::ContractRepository(db).get(contractId)) {
        day = std::clamp(today, c->start, c->end);
    }
    return core::ReportRequest::forPeriod(core::Period::containing(core::Period::Kind::Quarter, day), today,
                                          contractId);
}

void showContractReport(QWidget *parent, const core::Database &db, qint64 contractId)
{
    ReportDialog dialog(db, ReportDialog::forContract(db, contractId, QDate::currentDate()), parent);
    dialog.exec();
}

void showScopeReport(QWidget *parent, const core::Database &db, const core::Scope &scope, QDate firstMonth,
                     QDate lastMonth)
{
    core::ReportRequest r;
    r.scope = scope;
    r.first = QDate(firstMonth.year(), firstMonth.month(), 1);
    r.last = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1).addDays(-1);
    r.asOf = QDate::currentDate();
    ReportDialog dialog(db, r, parent);
    dialog.exec();
}

} // namespace ui::report
