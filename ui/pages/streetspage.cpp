// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "streetspage.h"

#include "core/organisation.h"
#include "streetpanel.h"
#include "ui/choices.h"
#include "ui/recorddialog.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace ui {

namespace {

// 区: only a name, unique.
class DistrictDialog : public RecordDialog
{
    Q_OBJECT
public:
    DistrictDialog(const core::Database &db, const core::District &district, QWidget *parent)
        : RecordDialog(district.id ? tr("Rename district") : tr("New district"), parent)
        , m_repo(db)
        , m_district(district)
    {
        m_name = new QLineEdit(district.name, this);
        m_name->setPlaceholderText(tr("e.g. 朝阳区"));
        form()->addRow(tr("&Name"), m_name);
        watch(m_name);
        resize(380, sizeHint().height());
    }
    qint64 savedId() const { return m_district.id; }

protected:
    QString problem() const override
    {
        return m_name->text().trimmed().isEmpty() ? tr("Enter the name of the district.") : QString();
    }
    core::Status save() override
    {
        m_district.name = m_name->text().trimmed();
        if (m_district.id)
            return m_repo.updateDistrict(m_district);
        const auto added = m_repo.addDistrict(m_district);
        if (!added)
            return added.error();
        m_district.id = added.value();
        return {};
    }

private:
    core::OrganisationRepository m_repo;
    core::District m_district;
    QLineEdit *m_name;
};

// 街道: its district (or a new one) and its name, unique within the district.
class StreetDialog : public RecordDialog
{
    Q_OBJECT
public:
    StreetDialog(const core::Database &db, const core::Street &street, QWidget *parent)
        : RecordDialog(street.id ? tr("Edit street") : tr("New street"), parent)
        , m_db(db)
        , m_repo(db)
        , m_street(street)
    {
        m_district = new QComboBox(this);
        choices::fill(m_district, choices::districts(db), street.districtId);
        auto *newDistrict = new QPushButton(tr("New…"), this);
        newDistrict->setAutoDefault(false);
        auto *districtRow = new QHBoxLayout;
        districtRow->addWidget(m_district, 1);
        districtRow->addWidget(newDistrict);
        m_name = new QLineEdit(street.name, this);
        m_name->setPlaceholderText(tr("e.g. 双井街道"));
        form()->addRow(tr("&District"), districtRow);
        form()->addRow(tr("&Name"), m_name);
        watch(m_district);
        watch(m_name);
        connect(newDistrict, &QPushButton::clicked, this, [this] {
            DistrictDialog dialog(m_db, core::District(), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            choices::fill(m_district, choices::districts(m_db), dialog.savedId());
            revalidate();
        });
        resize(420, sizeHint().height());
    }

protected:
    QString problem() const override
    {
        if (m_district->count() == 0)
            return tr("Add the district first (the New… button beside District).");
        if (m_name->text().trimmed().isEmpty())
            return tr("Enter the name of the street.");
        return {};
    }
    core::Status save() override
    {
        m_street.districtId = m_district->currentData().toLongLong();
        m_street.name = m_name->text().trimmed();
        if (m_street.id)
            return m_repo.updateStreet(m_street);
        const auto added = m_repo.addStreet(m_street);
        return added ? core::Status() : core::Status(added.error());
    }

private:
    core::Database m_db;
    core::OrganisationRepository m_repo;
    core::Street m_street;
    QComboBox *m_district;
    QLineEdit *m_name;
};

} // namespace

StreetsPage::StreetsPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enableDistrictStreet(
        [this] { return database() ? choices::districts(*database()) : FilterBar::Choices(); },
        [this](std::optional<qint64> district) {
            return database() ? choices::streets(*database(), district) : FilterBar::Choices();
        });

    // The list on the left, the selected street's departments and posts on the right.
    m_panel = new StreetPanel(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    delete layout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 600});
    split->setChildrenCollapsible(false);

    auto *newDistrict = new QAction(tr("New &district…"), this);
    auto *renameDistrict = new QAction(tr("&Rename district…"), this);
    auto *removeDistrict = new QAction(tr("Delete district…"), this);
    connect(newDistrict, &QAction::triggered, this, &StreetsPage::addDistrict);
    connect(renameDistrict, &QAction::triggered, this, &StreetsPage::renameDistrict);
    connect(removeDistrict, &QAction::triggered, this, &StreetsPage::removeDistrict);
    for (QAction *a : {newDistrict, renameDistrict, removeDistrict})
        addContextAction(a);
    auto *history = new QAction(tr("Street &history…"), this);
    connect(history, &QAction::triggered, m_panel, &StreetPanel::showHistory);
    addContextAction(history);

    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &StreetsPage::showCurrentStreet);
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        // Keep a street selected so the panel is never empty while there are streets.
        QTimer::singleShot(0, this, [this] {
            if (!view()->currentIndex().isValid() && model()->rowCount() > 0)
                view()->setCurrentIndex(model()->index(0, 0));
            showCurrentStreet();
        });
    });
    connect(m_panel, &StreetPanel::changed, this, [this] {
        refresh();
        emit dataChanged();
    });
    connect(m_panel, &StreetPanel::placementsRequested, this, [this](qint64 postId) {
        core::ListFilter filter;
        filter.postId = postId;
        emit navigateRequested(QStringLiteral("placements"), filter);
    });
}

void StreetsPage::setDatabase(const core::Database &db)
{
    m_panel->setDatabase(db);
    ListPage::setDatabase(db);
}

void StreetsPage::refresh()
{
    ListPage::refresh();
    showCurrentStreet();
}

void StreetsPage::showCurrentStreet()
{
    const qint64 id = currentRow().id;
    if (id != m_panel->streetId() || id != 0)
        m_panel->showStreet(id);
}

ListPage::SourceFactory StreetsPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::OrganisationRepository::listing(db));
    };
}

bool StreetsPage::createRecord()
{
    core::Street street;
    street.districtId = model()->filter().districtId.value_or(0);
    StreetDialog dialog(*database(), street, this);
    return dialog.exec() == QDialog::Accepted;
}

bool StreetsPage::editRecord(qint64 id)
{
    const auto street = core::OrganisationRepository(*database()).street(id);
    if (!street) {
        showError(this, tr("Edit street"), street.error());
        return false;
    }
    StreetDialog dialog(*database(), street.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status StreetsPage::removeRecord(qint64 id)
{
    return core::OrganisationRepository(*database()).removeStreet(id);
}

QString StreetsPage::describe(const core::ListRow &row) const
{
    return tr("the street “%1” (%2) and its departments")
        .arg(row.cells.value(1).toString(), row.cells.value(0).toString());
}

qint64 StreetsPage::currentDistrict() const
{
    if (!database())
        return 0;
    if (const qint64 street = currentRow().id)
        if (const auto s = core::OrganisationRepository(*database()).street(street))
            return s->districtId;
    return model()->filter().districtId.value_or(0);
}

void StreetsPage::addDistrict()
{
    if (!database())
        return;
    DistrictDialog dialog(*database(), core::District(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit dataChanged();
}

void StreetsPage::renameDistrict()
{
    const qint64 id = currentDistrict();
    if (!id)
        return;
    const auto district = core::OrganisationRepository(*database()).district(id);
    if (!district) {
        showError(this, tr("Rename district"), district.error());
        return;
    }
    DistrictDialog dialog(*database(), district.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit dataChanged();
}

void StreetsPage::removeDistrict()
{
    const qint64 id = currentDistrict();
    if (!id)
        return;
    const auto district = core::OrganisationRepository(*database()).district(id);
    if (!district) {
        showError(this, tr("Delete district"), district.error());
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Delete district"),
                        tr("Delete the district “%1”?\nThis cannot be undone.").arg(district->name),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    if (const core::Status s = core::OrganisationRepository(*database()).removeDistrict(id); !s) {
        showError(this, tr("Delete district"), s.error());
        return;
    }
    refresh();
    emit dataChanged();
}

} // namespace ui

#include "streetspage.moc"
