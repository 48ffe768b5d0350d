#include "HeaderEditor.h"

#include "HeaderTableModel.h"
#include "PlanItemDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ls {

HeaderEditor::HeaderEditor(HeaderTableModel *model, const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this)), m_add(new QPushButton(tr("Add header"), this)),
      m_remove(new QPushButton(tr("Remove header"), this))
{
    setObjectName(name);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(title);
    m_table->setModel(model);
    m_table->setItemDelegate(new PlanItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HeaderTableModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderTableModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderTableModel::SecretColumn, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons; arrows move between cells

    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setAccessibleName(tr("Add header to %1").arg(title));
    m_add->setToolTip(tr("Add a header and start typing its name"));
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected header from %1").arg(title));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &HeaderEditor::addHeader);
    connect(m_remove, &QPushButton::clicked, this, &HeaderEditor::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HeaderEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeaderEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HeaderEditor::updateButtons);
    updateButtons();
}

void HeaderEditor::addHeader()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex name = m_model->index(row, HeaderTableModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void HeaderEditor::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_model->removeRows(current.row(), 1);
    updateButtons();
}

void HeaderEditor::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0);
    // Headers of a scenario that does not exist (none selected) cannot be added.
    const int scenario = m_model->scenario();
    m_add->setEnabled(scenario == HeaderTableModel::planHeaders ||
                      (scenario >= 0 && size_t(scenario) < m_model->document()->plan().scenarios.size()));
}

} // namespace ls
