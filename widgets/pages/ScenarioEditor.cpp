#include "ScenarioEditor.h"

#include "MixChart.h"
#include "PlanDocument.h"
#include "PlanItemDelegate.h"
#include "ScenarioDetails.h"
#include "ScenarioTableModel.h"
#include "TableRowButtons.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ls {

ScenarioEditor::ScenarioEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ScenarioTableModel(document, this)),
      m_table(new QTableView(this)), m_rowButtons(nullptr), m_chart(new MixChart(document, this)),
      m_details(new ScenarioDetails(document, this))
{
    setObjectName(QStringLiteral("scenarioEditor"));
    m_table->setObjectName(QStringLiteral("scenarioTable"));
    m_table->setAccessibleName(tr("Scenarios"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlanItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons; arrow keys move between cells
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScenarioTableModel::PathColumn, QHeaderView::Stretch);

    m_rowButtons = new TableRowButtons(
        m_table, tr("scenario"), QStringLiteral("Scenario"), [this](int row) { return m_model->duplicateRow(row); },
        this);

    auto *tableColumn = new QVBoxLayout;
    tableColumn->setContentsMargins(0, 0, 0, 0);
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(m_rowButtons);
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(tableColumn, 3);
    topLayout->addWidget(m_chart, 2);

    auto *detailsBox = new QGroupBox(tr("Selected scenario"), this);
    detailsBox->setObjectName(QStringLiteral("scenarioDetailsBox"));
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("scenarioSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_table, m_rowButtons->addButton());
    setTabOrder(m_rowButtons->lastButton(), m_details->tabs());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_lastRow = current.row();
                m_details->setScenario(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenarioEditor::restoreSelection);
    // Rows moving under the current index do not announce a new current row; the details must follow.
    auto follow = [this] { m_details->setScenario(selectedScenario()); };
    connect(m_model, &QAbstractItemModel::rowsMoved, this, follow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, follow);
    selectScenario(0);
}

int ScenarioEditor::selectedScenario() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ScenarioEditor::selectScenario(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setScenario(-1);
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, ScenarioTableModel::NameColumn));
    m_table->selectRow(row);
}

void ScenarioEditor::restoreSelection()
{
    selectScenario(std::min(std::max(m_lastRow, 0), m_model->rowCount() - 1));
}

} // namespace ls
