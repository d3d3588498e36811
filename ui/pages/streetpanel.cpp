// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "streetpanel.h"

#include "contractfilter.h"
#include "core/organisation.h"
#include "core/post.h"
#include "placementdialogs.h"
#include "ui/lazytablemodel.h"
#include "ui/recorddialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

// Columns of PostRepository::listing() this panel shows (district and street are the panel's title).
enum PostColumn { District = 0, Street = 1, Contract = 2, Start = 3, End = 4, Holder = 5, Department = 6, Status = 7 };

// The posts of one street; a vacant post (nobody placed today) in red and bold.
class PostModel : public LazyTableModel
{
public:
    using LazyTableModel::LazyTableModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        // Nobody holds the post of a contract that has ended or not begun: that is no vacancy.
        if (role == Qt::DisplayRole && index.column() == Holder && isVacant(index.row(), false) &&
            !isRunning(index.row()))
            return QString();
        if ((role == Qt::ForegroundRole || role == Qt::FontRole) && index.column() == Holder && isVacant(index.row())) {
            if (role == Qt::ForegroundRole)
                return QColor(0xB0, 0x20, 0x20);
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return LazyTableModel::data(index, role);
    }
    // Vacant today; by default only posts whose contract runs today count.
    bool isVacant(int row, bool runningOnly = true) const
    {
        static const QString vacant = QCoreApplication::translate("core::PostRepository", "(vacant)");
        return rowAt(row).cells.value(Holder).toString() == vacant && (!runningOnly || isRunning(row));
    }
    bool isRunning(int row) const
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const core::ListRow r = rowAt(row);
        return r.cells.value(Start).toString() <= today && today <= r.cells.value(End).toString();
    }
};

QPushButton *smallButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

StreetPanel::StreetPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *departmentBox = new QGroupBox(tr("Departments"), this);
    auto *departmentLayout = new QVBoxLayout(departmentBox);
    m_departments = new QListWidget(departmentBox);
    m_departments->setObjectName(QStringLiteral("departments"));
    departmentLayout->addWidget(m_departments);
    auto *departmentButtons = new QHBoxLayout;
    m_addDepartment = smallButton(tr("Add…"), departmentBox);
    m_renameDepartment = smallButton(tr("Rename…"), departmentBox);
    m_removeDepartment = smallButton(tr("Remove…"), departmentBox);
    departmentButtons->addWidget(m_addDepartment);
    departmentButtons->addWidget(m_renameDepartment);
    departmentButtons->addWidget(m_removeDepartment);
    departmentButtons->addStretch(1);
    departmentLayout->addLayout(departmentButtons);
    layout->addWidget(departmentBox, 1);

    auto *postBox = new QGroupBox(tr("Posts"), this);
    auto *postLayout = new QVBoxLayout(postBox);
    m_postModel = new PostModel(this);
    m_posts = new QTableView(postBox);
    m_posts->setObjectName(QStringLiteral("posts"));
    m_posts->setModel(m_postModel);
    m_posts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_posts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_posts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_posts->verticalHeader()->setVisible(false);
    m_posts->horizontalHeader()->setStretchLastSection(true);
    m_posts->setWordWrap(false);
    postLayout->addWidget(m_posts);
    m_postSummary = new QLabel(postBox);
    m_postSummary->setWordWrap(true);
    postLayout->addWidget(m_postSummary);
    auto *postButtons = new QHBoxLayout;
    m_addPost = smallButton(tr("Add post…"), postBox);
    m_removePost = smallButton(tr("Remove post…"), postBox);
    m_history = smallButton(tr("Street history…"), postBox);
    postButtons->addWidget(m_addPost);
    postButtons->addWidget(m_removePost);
    postButtons->addStretch(1);
    postButtons->addWidget(m_history);
    postLayout->addLayout(postButtons);
    layout->addWidget(postBox, 2);

    connect(m_addDepartment, &QPushButton::clicked, this, &StreetPanel::addDepartment);
    connect(m_renameDepartment, &QPushButton::clicked, this, &StreetPanel::renameDepartment);
    connect(m_removeDepartment, &QPushButton::clicked, this, &StreetPanel::removeDepartment);
    connect(m_departments, &QListWidget::itemDoubleClicked, this, &StreetPanel::renameDepartment);
    connect(m_departments, &QListWidget::currentRowChanged, this, &StreetPanel::updateButtons);
    connect(m_addPost, &QPushButton::clicked, this, &StreetPanel::addPost);
    connect(m_removePost, &QPushButton::clicked, this, &StreetPanel::removePost);
    connect(m_history, &QPushButton::clicked, this, &StreetPanel::showHistory);
    connect(m_posts, &QTableView::doubleClicked, this, [this] {
        if (currentPost())
            emit placementsRequested(currentPost());
    });
    connect(m_posts->selectionModel(), &QItemSelectionModel::currentChanged, this, &StreetPanel::updateButtons);
    connect(m_postModel, &QAbstractItemModel::modelReset, this, &StreetPanel::updateButtons);
    m_posts->setToolTip(tr("Double-click a post to see its placements."));
    showStreet(0);
}

void StreetPanel::setDatabase(const core::Database &db)
{
    m_db = db;
    m_postModel->setSource(std::make_shared<core::SqlListSource>(core::PostRepository::listing(db)));
    for (int c : {District, Street})
        m_posts->setColumnHidden(c, true);
    showStreet(0);
}

void StreetPanel::showStreet(qint64 id)
{
    m_streetId = m_db ? id : 0;
    QString title = tr("Select a street to see its departments and posts.");
    if (m_streetId)
        if (const auto street = core::OrganisationRepository(*m_db).street(m_streetId))
            title = street->districtName + QStringLiteral(" · ") + street->name;
    m_title->setText(title);
    reloadDepartments();
    core::ListFilter filter;
    filter.streetId = m_streetId ? m_streetId : -1; // no street: no posts
    filter.sortColumn = Start;
    filter.sortOrder = Qt::DescendingOrder;
    m_postModel->setFilter(filter);
    int vacant = 0;
    for (int r = 0; r < m_postModel->rowCount(); ++r)
        vacant += static_cast<PostModel *>(m_postModel)->isVacant(r) ? 1 : 0;
    m_postSummary->setText(m_streetId ? tr("%n post(s), ", nullptr, m_postModel->rowCount()) +
                                            tr("%n vacant today (in a contract that runs today).", nullptr, vacant)
                                      : QString());
    m_posts->resizeColumnsToContents();
    updateButtons();
}

void StreetPanel::reloadDepartments()
{
    m_departments->clear();
    if (!m_streetId)
        return;
    const auto list = core::OrganisationRepository(*m_db).departments(m_streetId);
    if (!list) {
        m_departments->addItem(list.error().message);
        return;
    }
    for (const core::Department &d : list.value()) {
        auto *item = new QListWidgetItem(d.name, m_departments);
        item->setData(Qt::UserRole, d.id);
    }
}

void StreetPanel::updateButtons()
{
    const bool street = m_streetId != 0;
    m_addDepartment->setEnabled(street);
    m_renameDepartment->setEnabled(currentDepartment() != 0);
    m_removeDepartment->setEnabled(currentDepartment() != 0);
    m_addPost->setEnabled(street);
    m_removePost->setEnabled(currentPost() != 0);
    m_history->setEnabled(street);
}

qint64 StreetPanel::currentDepartment() const
{
    const QListWidgetItem *item = m_departments->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 StreetPanel::currentPost() const
{
    const QModelIndex index = m_posts->currentIndex();
    return index.isValid() ? m_postModel->idAt(index.row()) : 0;
}

void StreetPanel::addDepartment()
{
    if (!m_streetId)
        return;
    const QString name =
        QInputDialog::getText(this, tr("New department"), tr("Name of the department (科室), e.g. 民政科:"));
    if (name.trimmed().isEmpty())
        return;
    core::Department d;
    d.streetId = m_streetId;
    d.name = name.trimmed();
    const auto added = core::OrganisationRepository(*m_db).addDepartment(d);
    if (!added) {
        showError(this, tr("New department"), added.error());
        return;
    }
    reloadDepartments();
    emit changed();
}

void StreetPanel::renameDepartment()
{
    const qint64 id = currentDepartment();
    if (!id)
        return;
    const core::OrganisationRepository repo(*m_db);
    auto d = repo.department(id);
    if (!d) {
        showError(this, tr("Rename department"), d.error());
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename department"), tr("New name of the department:"),
                                               QLineEdit::Normal, d->name, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == d->name)
        return;
    core::Department renamed = d.value();
    renamed.name = name.trimmed();
    if (const core::Status s = repo.updateDepartment(renamed); !s) {
        showError(this, tr("Rename department"), s.error());
        return;
    }
    reloadDepartments();
    emit changed();
}

void StreetPanel::removeDepartment()
{
    const qint64 id = currentDepartment();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Remove department"),
                              tr("Remove the department “%1”?").arg(m_departments->currentItem()->text()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const core::Status s = core::OrganisationRepository(*m_db).removeDepartment(id); !s) {
        showError(this, tr("Remove department"), s.error());
        return;
    }
    reloadDepartments();
    emit changed();
}

void StreetPanel::addPost()
{
    if (!m_streetId)
        return;
    const FilterBar::Choices contracts = contractChoices(*m_db);
    if (contracts.isEmpty()) {
        QMessageBox::information(this, tr("Add post"), tr("There is no contract yet. Add one on the Contracts page."));
        return;
    }
    QStringList names;
    for (const auto &c : contracts)
        names << c.second;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add post"), tr("The contract that funds a post at %1:").arg(m_title->text()), names, 0, false, &ok);
    if (!ok)
        return;
    core::Post post;
    post.contractId = contracts.at(names.indexOf(chosen)).first;
    post.streetId = m_streetId;
    const auto added = core::PostRepository(*m_db).add(post);
    if (!added) {
        showError(this, tr("Add post"), added.error());
        return;
    }
    emit changed();
}

void StreetPanel::removePost()
{
    const qint64 id = currentPost();
    if (!id)
        return;
    const QString contract = m_postModel->rowAt(m_posts->currentIndex().row()).cells.value(Contract).toString();
    if (QMessageBox::question(this, tr("Remove post"),
                              tr("Remove the post of contract %1 at %2?").arg(contract, m_title->text()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const core::Status s = core::PostRepository(*m_db).remove(id); !s) {
        showError(this, tr("Remove post"), s.error());
        return;
    }
    emit changed();
}

void StreetPanel::showHistory()
{
    if (!m_streetId)
        return;
    StreetHistoryDialog dialog(*m_db, m_streetId, this);
    dialog.exec();
}

} // namespace ui
