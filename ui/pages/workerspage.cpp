// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "workerspage.h"

#include "core/worker.h"
#include "ui/choices.h"
#include "ui/fields.h"
#include "ui/recorddialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ui {

namespace {

class WorkerDialog : public RecordDialog
{
    Q_OBJECT
public:
    WorkerDialog(const core::Database &db, const core::SocialWorker &worker, QWidget *parent)
        : RecordDialog(worker.id ? tr("Edit social worker") : tr("New social worker"), parent)
        , m_repo(db)
        , m_worker(worker)
    {
        m_name = new QLineEdit(worker.name, this);
        m_code = new QLineEdit(worker.code, this);
        m_gender = new QComboBox(this);
        for (core::Gender g : core::allValues<core::Gender>())
            m_gender->addItem(core::label(g), QVariant::fromValue(int(g)));
        m_gender->setCurrentIndex(m_gender->findData(int(worker.gender)));
        m_phone = new QLineEdit(worker.phone, this);
        m_idNumber = new QLineEdit(worker.idNumber, this);
        m_idNumber->setMaxLength(18);
        m_qualification = new QComboBox(this);
        for (core::Qualification q : core::allValues<core::Qualification>())
            m_qualification->addItem(core::label(q), QVariant::fromValue(int(q)));
        m_qualification->setCurrentIndex(m_qualification->findData(int(worker.qualification)));
        m_education = new QLineEdit(worker.education, this);
        m_hired = new OptionalDateEdit(tr("known"), this);
        m_hired->setDate(worker.hiredOn);
        m_left = new OptionalDateEdit(tr("has left"), this);
        m_left->setDate(worker.leftOn);
        m_notes = new QPlainTextEdit(worker.notes, this);
        m_notes->setMaximumHeight(80);
        form()->addRow(tr("&Name"), m_name);
        form()->addRow(tr("Sta&ff no."), m_code);
        form()->addRow(tr("&Gender"), m_gender);
        form()->addRow(tr("&Phone"), m_phone);
        form()->addRow(tr("&ID number"), m_idNumber);
        form()->addRow(tr("&Qualification"), m_qualification);
        form()->addRow(tr("&Education"), m_education);
        form()->addRow(tr("&Hired on"), m_hired);
        form()->addRow(tr("&Left on"), m_left);
        form()->addRow(tr("N&otes"), m_notes);
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_code, m_gender, m_phone, m_idNumber,
                                                           m_qualification, m_education, m_hired, m_left, m_notes})
            watch(w);
        resize(440, sizeHint().height());
    }

protected:
    core::SocialWorker collect() const
    {
        core::SocialWorker w = m_worker;
        w.name = m_name->text().trimmed();
        w.code = m_code->text().trimmed();
        w.gender = core::Gender(m_gender->currentData().toInt());
        w.phone = m_phone->text().trimmed();
        w.idNumber = m_idNumber->text().trimmed().toUpper();
        w.qualification = core::Qualification(m_qualification->currentData().toInt());
        w.education = m_education->text().trimmed();
        w.hiredOn = m_hired->date();
        w.leftOn = m_left->date();
        w.notes = m_notes->toPlainText().trimmed();
        return w;
    }
    QString problem() const override
    {
        const core::Status valid = m_repo.validate(collect());
        return valid ? QString() : valid.error().message;
    }
    core::Status save() override
    {
        const core::SocialWorker w = collect();
        if (w.id)
            return m_repo.update(w);
        auto added = m_repo.add(w);
        return added ? core::Status() : core::Status(added.error());
    }

private:
    core::WorkerRepository m_repo;
    core::SocialWorker m_worker;
    QLineEdit *m_name, *m_code, *m_phone, *m_idNumber, *m_education;
    QComboBox *m_gender, *m_qualification;
    OptionalDateEdit *m_hired, *m_left;
    QPlainTextEdit *m_notes;
};

} // namespace

WorkersPage::WorkersPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enableStatus(tr("Employed and left"), {{core::WorkerRepository::activeCode(), tr("Employed")},
                                                      {core::WorkerRepository::leftCode(), tr("Left")}});
}

ListPage::SourceFactory WorkersPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::WorkerRepository::listing(db));
    };
}

bool WorkersPage::createRecord()
{
    WorkerDialog dialog(*database(), core::SocialWorker(), this);
    return dialog.exec() == QDialog::Accepted;
}

bool WorkersPage::editRecord(qint64 id)
{
    auto worker = core::WorkerRepository(*database()).get(id);
    if (!worker) {
        showError(this, tr("Edit social worker"), worker.error());
        return false;
    }
    WorkerDialog dialog(*database(), worker.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status WorkersPage::removeRecord(qint64 id)
{
    return core::WorkerRepository(*database()).remove(id);
}

QString WorkersPage::describe(const core::ListRow &row) const
{
    // The name (second column), not the staff number.
    return tr("the social worker “%1”").arg(row.cells.value(1).toString());
}

} // namespace ui

#include "workerspage.moc"
