#include "PhaseEditor.h"

#include "EstimatePanel.h"
#include "PhaseTableModel.h"
#include "PlanDocument.h"
#include "PlanItemDelegate.h"
#include "PlanJson.h"
#include "TableRowButtons.h"

#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ls {

const QString PhaseEditor::seedPlanResource = QStringLiteral(":/plans/askproai.json");

PhaseEditor::PhaseEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new PhaseTableModel(document, this)),
      m_table(new QTableView(this)), m_rowButtons(nullptr),
      m_seedPreset(new QPushButton(tr("Use the seed's &5 load levels"), this)), m_presetProblem(new QLabel(this)),
      m_descriptionLabel(new QLabel(this)), m_description(new QPlainTextEdit(this)), m_pause(new QDoubleSpinBox(this)),
      m_estimate(new EstimatePanel(document, this))
{
    setObjectName(QStringLiteral("phaseEditor"));
    m_table->setObjectName(QStringLiteral("phaseTable"));
    m_table->setAccessibleName(tr("Phases"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlanItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_rowButtons = new TableRowButtons(
        m_table, tr("phase"), QStringLiteral("Phase"), [this](int row) { return m_model->duplicateRow(row); }, this);
    m_seedPreset->setObjectName(QStringLiteral("applySeedPreset"));
    m_seedPreset->setAccessibleName(tr("Replace the phases by the seed's five load levels"));
    m_seedPreset->setToolTip(tr("Baseline (10 users, 60 s), Normal Load (100, 300 s), Peak Load (500, 300 s), "
                                "Stress Test (1000, 600 s) and Circuit Breaker (100, 60 s), with their targets, "
                                "from the AskProAI plan. Undo brings the current phases back."));
    m_presetProblem->setObjectName(QStringLiteral("presetProblem"));
    m_presetProblem->setWordWrap(true);
    m_presetProblem->hide();

    m_description->setObjectName(QStringLiteral("phaseDescription"));
    m_description->setAccessibleName(tr("Phase description and expected results"));
    m_description->setToolTip(tr("What the phase is for and what is expected; shown in reports."));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_descriptionLabel->setObjectName(QStringLiteral("phaseDescriptionLabel"));
    m_descriptionLabel->setBuddy(m_description);
    m_descriptionLabel->setWordWrap(true);

    m_pause->setObjectName(QStringLiteral("pauseBetweenPhases"));
    m_pause->setAccessibleName(tr("Pause between phases in seconds"));
    m_pause->setToolTip(tr("Seconds of silence between two phases; counted in the total suite time."));
    m_pause->setRange(0, 86400);
    m_pause->setDecimals(1);
    m_pause->setSuffix(tr(" s"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rowButtons, 1);
    buttons->addWidget(m_seedPreset);
    auto *pauseRow = new QHBoxLayout;
    auto *pauseLabel = new QLabel(tr("Pause &between phases:"), this);
    pauseLabel->setBuddy(m_pause);
    pauseRow->addWidget(pauseLabel);
    pauseRow->addWidget(m_pause);
    pauseRow->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_presetProblem);
    topLayout->addWidget(m_descriptionLabel);
    topLayout->addWidget(m_description);
    topLayout->addLayout(pauseRow);

    auto *estimateBox = new QGroupBox(tr("Planning estimate"), this);
    estimateBox->setObjectName(QStringLiteral("estimateBox"));
    auto *estimateLayout = new QVBoxLayout(estimateBox);
    estimateLayout->addWidget(m_estimate);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("phaseSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(estimateBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_table, m_rowButtons->addButton());
    setTabOrder(m_rowButtons->lastButton(), m_seedPreset);
    setTabOrder(m_seedPreset, m_description);
    setTabOrder(m_description, m_pause);

    connect(m_seedPreset, &QPushButton::clicked, this, [this] {
        QString error;
        const bool applied = applySeedPreset(&error);
        m_presetProblem->setText(error);
        m_presetProblem->setVisible(!applied);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const int row = selectedPhase();
        if (row < 0 || m_description->toPlainText() == m_document->plan().phases[size_t(row)].description)
            return; // set by refresh(), not typed
        Plan plan = m_document->plan();
        plan.phases[size_t(row)].description = m_description->toPlainText();
        m_document->setPlan(plan, tr("Change description of %1").arg(plan.phases[size_t(row)].name),
                            m_session.mergeIdFor(m_description));
    });
    connect(m_pause, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        Plan plan = m_document->plan();
        plan.pauseBetweenPhasesS = seconds;
        m_document->setPlan(plan, tr("Change pause between phases"), m_session.mergeIdFor(m_pause));
    });
    connect(m_pause, &QDoubleSpinBox::editingFinished, this, [this] { m_session.finish(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_lastRow = current.row();
                m_session.finish();
                refresh();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PhaseEditor::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PhaseEditor::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PhaseEditor::refresh);
    connect(m_document, &PlanDocument::planChanged, this, &PhaseEditor::refresh);
    selectPhase(0);
    refresh();
}

int PhaseEditor::selectedPhase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString PhaseEditor::selectedPhaseName() const
{
    const int row = selectedPhase();
    return row >= 0 ? m_document->plan().phases[size_t(row)].name : QString();
}

void PhaseEditor::selectPhase(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, PhaseTableModel::NameColumn));
    m_table->selectRow(row);
}

bool PhaseEditor::applySeedPreset(QString *error)
{
    // The numbers live in the bundled plan only; the preset is whatever that file says.
    const PlanParseResult seed = loadPlanFile(seedPlanResource);
    if (!seed.plan) {
        if (error)
            *error = tr("The seed plan could not be read: %1")
                         .arg(seed.diagnostics.empty() ? QString() : seed.diagnostics.front().toString());
        return false;
    }
    m_model->replacePhases(seed.plan->phases, tr("Use the seed's five load levels"));
    selectPhase(0);
    return true;
}

void PhaseEditor::restoreSelection()
{
    selectPhase(std::min(std::max(m_lastRow, 0), m_model->rowCount() - 1));
    refresh();
}

void PhaseEditor::refresh()
{
    const Plan &plan = m_document->plan();
    const int row = selectedPhase();
    const bool valid = row >= 0 && size_t(row) < plan.phases.size();
    m_description->setEnabled(valid);
    m_descriptionLabel->setText(valid
                                    ? tr("&Description and expected results of %1:").arg(plan.phases[size_t(row)].name)
                                    : tr("&Description: select a phase"));
    const QString description = valid ? plan.phases[size_t(row)].description : QString();
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    {
        const QSignalBlocker block(m_pause);
        if (m_pause->value() != plan.pauseBetweenPhasesS)
            m_pause->setValue(plan.pauseBetweenPhasesS);
    }
    showFieldProblems(m_pause, m_document->diagnosticsFor(QStringLiteral("pause_between_phases_s")),
                      tr("Seconds of silence between two phases; counted in the total suite time."));
    noteSelection();
}

void PhaseEditor::noteSelection()
{
    const QString name = selectedPhaseName();
    if (name == m_selectedName)
        return;
    m_selectedName = name;
    Q_EMIT selectedPhaseChanged(name);
}

} // namespace ls
