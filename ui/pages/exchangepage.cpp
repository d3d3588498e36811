// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "exchangepage.h"

#include "supervisiondialogs.h"
#include "ui/choices.h"
#include "ui/fields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ui {

ExchangeDialog::ExchangeDialog(const core::Database &db, const core::ExchangeMeeting &meeting, QWidget *parent)
    : RecordDialog(meeting.id ? tr("Edit exchange meeting") : tr("New exchange meeting"), parent)
    , m_repo(db)
    , m_meeting(meeting)
{
    m_date = newDateEdit(meeting.heldOn.isValid() ? meeting.heldOn : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("heldOn"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (core::MeetingKind k : core::allValues<core::MeetingKind>())
        m_kind->addItem(core::label(k), core::code(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(core::code(meeting.kind))));
    m_topic = new QLineEdit(meeting.topic, this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_place = new QLineEdit(meeting.place, this);
    m_place->setObjectName(QStringLiteral("place"));
    m_workers = new WorkerChecklist(this);
    m_workers->setWorkers(choices::workers(db, meeting.id != 0), meeting.workerIds);
    m_notes = new QPlainTextEdit(meeting.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);

    form()->addRow(tr("&Date"), m_date);
    form()->addRow(tr("&Kind"), m_kind);
    form()->addRow(tr("&Topic"), m_topic);
    form()->addRow(tr("&Place"), m_place);
    form()->addRow(tr("&Attendees"), m_workers);
    form()->addRow(tr("&Notes"), m_notes);
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_kind, m_topic, m_place, m_notes})
        watch(w);
    connect(m_workers, &WorkerChecklist::changed, this, &RecordDialog::revalidate);
    resize(540, 600);
}

core::ExchangeMeeting ExchangeDialog::collect() const
{
    core::ExchangeMeeting m = m_meeting;
    m.heldOn = m_date->date();
    m.kind = core::fromCode<core::MeetingKind>(m_kind->currentData().toString()).value_or(core::MeetingKind::Other);
    m.topic = m_topic->text().trimmed();
    m.place = m_place->text().trimmed();
    m.workerIds = m_workers->checkedIds();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

QString ExchangeDialog::problem() const
{
    if (m_topic->text().trimmed().isEmpty())
        return tr("Enter the meeting's topic.");
    if (m_workers->checkedIds().isEmpty())
        return tr("Tick the social workers who took part.");
    return {};
}

core::Status ExchangeDialog::save()
{
    const core::ExchangeMeeting m = collect();
    if (m.id)
        return m_repo.update(m);
    const auto added = m_repo.add(m);
    return added ? core::Status() : core::Status(added.error());
}

ExchangePage::ExchangePage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    // Who took part is the question these records answer, so the worker filter helps too.
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("All kinds"), choices::enumeration<core::MeetingKind>());
}

ListPage::SourceFactory ExchangePage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::ExchangeRepository::listing(db));
    };
}

bool ExchangePage::createRecord()
{
    core::ExchangeMeeting m;
    if (const auto kind = core::fromCode<core::MeetingKind>(model()->filter().status))
        m.kind = *kind;
    ExchangeDialog dialog(*database(), m, this);
    return dialog.exec() == QDialog::Accepted;
}

bool ExchangePage::editRecord(qint64 id)
{
    const auto meeting = core::ExchangeRepository(*database()).get(id);
    if (!meeting) {
        showError(this, tr("Edit exchange meeting"), meeting.error());
        return false;
    }
    ExchangeDialog dialog(*database(), meeting.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status ExchangePage::removeRecord(qint64 id)
{
    return core::ExchangeRepository(*database()).remove(id);
}

QString ExchangePage::describe(const core::ListRow &row) const
{
    using C = core::ExchangeRepository::Column;
    return tr("the meeting “%1” on %2")
        .arg(row.cells.value(int(C::Topic)).toString(), row.cells.value(int(C::HeldOn)).toString());
}

} // namespace ui
