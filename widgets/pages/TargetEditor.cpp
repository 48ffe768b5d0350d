#include "TargetEditor.h"

#include "PlanDocument.h"
#include "PlanItemDelegate.h"
#include "TargetTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace ls {

namespace {

QString abortToolTip()
{
    return TargetEditor::tr("For runs against production: stop the whole run when the metric stays beyond the "
                            "current phase's critical level, second by second, for this long.");
}

} // namespace

TargetEditor::TargetEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new TargetTableModel(document, this)),
      m_table(new QTableView(this)), m_inherit(new QPushButton(tr("&Inherit from plan"), this)),
      m_switchOff(new QPushButton(tr("Switch &off for this phase"), this)),
      m_removePlanTarget(new QPushButton(tr("Re&move plan target"), this)),
      m_abort(new QCheckBox(tr("Stop the run &when"), this)), m_abortMetric(new QComboBox(this)),
      m_abortWindow(new QDoubleSpinBox(this)), m_abortProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("targetEditor"));
    auto *intro = new QLabel(tr("Meeting the goal is PASS, beyond the critical level is FAIL, in between is WARN. "
                                "Each phase is judged by the plan's targets unless it overrides them: type a value "
                                "in a phase column to override, Delete to inherit again."),
                             this);
    intro->setWordWrap(true);
    auto *legend = new QLabel(tr("Bold: the phase's own target · italic: inherited from the plan · "
                                 "\"off\": not judged in this phase · \u2014: no target · \u2191 higher is better, "
                                 "\u2193 lower is better"),
                              this);
    legend->setObjectName(QStringLiteral("targetLegend"));
    legend->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setAccessibleName(tr("Targets: plan-wide and per phase"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlanItemDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *clear = new QAction(tr("Clear target cell"), m_table);
    clear->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, &TargetEditor::clearCurrent);
    m_table->addAction(clear);

    m_inherit->setObjectName(QStringLiteral("inheritTarget"));
    m_inherit->setAccessibleName(tr("Inherit the plan's target in the selected phase"));
    m_inherit->setToolTip(tr("Drop the phase's own target or switch-off: the phase is judged by the plan's "
                             "target again (Delete)."));
    m_switchOff->setObjectName(QStringLiteral("switchOffTarget"));
    m_switchOff->setAccessibleName(tr("Switch the plan's target off for the selected phase"));
    m_switchOff->setToolTip(tr("The selected phase is not judged by this metric."));
    m_removePlanTarget->setObjectName(QStringLiteral("removePlanTarget"));
    m_removePlanTarget->setAccessibleName(tr("Remove the selected plan target"));
    m_removePlanTarget->setToolTip(tr("No plan-wide target for this metric; phases may still set their own."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_inherit);
    buttons->addWidget(m_switchOff);
    buttons->addWidget(m_removePlanTarget);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    layout->addLayout(buttons);
    layout->addWidget(buildAbortRow());
    layout->addWidget(m_abortProblem);

    setTabOrder(m_table, m_inherit);
    setTabOrder(m_inherit, m_switchOff);
    setTabOrder(m_switchOff, m_removePlanTarget);
    setTabOrder(m_removePlanTarget, m_abort);
    setTabOrder(m_abort, m_abortMetric);
    setTabOrder(m_abortMetric, m_abortWindow);

    connect(m_inherit, &QPushButton::clicked, this, &TargetEditor::inheritCurrent);
    connect(m_switchOff, &QPushButton::clicked, this, &TargetEditor::toggleOffCurrent);
    connect(m_removePlanTarget, &QPushButton::clicked, this, &TargetEditor::clearCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TargetEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetEditor::updateButtons);
    connect(m_document, &PlanDocument::planChanged, this, &TargetEditor::refreshAbort);
    updateButtons();
    refreshAbort();
}

QWidget *TargetEditor::buildAbortRow()
{
    auto *row = new QWidget(this);
    m_abort->setObjectName(QStringLiteral("abortOnCritical"));
    m_abort->setAccessibleName(tr("Stop the run when a metric stays critical"));
    m_abort->setToolTip(abortToolTip());
    m_abortMetric->setObjectName(QStringLiteral("abortMetric"));
    m_abortMetric->setAccessibleName(tr("Metric that stops the run"));
    for (const MetricInfo &info : allMetrics())
        m_abortMetric->addItem(m_model->metricLabel(info.metric), int(info.metric));
    m_abortWindow->setObjectName(QStringLiteral("abortWindow"));
    m_abortWindow->setAccessibleName(tr("Seconds the metric must stay critical"));
    m_abortWindow->setRange(1, 3600);
    m_abortWindow->setDecimals(0);
    m_abortWindow->setSuffix(tr(" s"));
    m_abortProblem->setObjectName(QStringLiteral("abortProblem"));
    m_abortProblem->setWordWrap(true);
    m_abortProblem->hide();

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_abort);
    layout->addWidget(m_abortMetric);
    layout->addWidget(new QLabel(tr("stays beyond its critical level for"), row));
    layout->addWidget(m_abortWindow);
    layout->addStretch();

    auto edit = [this](QObject *field, const QString &what, auto change) {
        Plan plan = m_document->plan();
        change(plan.abortOnCritical);
        m_document->setPlan(plan, what, m_session.mergeIdFor(field));
    };
    connect(m_abort, &QCheckBox::toggled, this, [this, edit](bool on) {
        edit(m_abort, on ? tr("Stop the run on critical") : tr("Never stop the run early"),
             [&](AbortOnCritical &a) { a.enabled = on; });
        m_session.finish();
    });
    connect(m_abortMetric, &QComboBox::activated, this, [this, edit](int index) {
        edit(m_abortMetric, tr("Change the metric that stops the run"),
             [&](AbortOnCritical &a) { a.metric = Metric(m_abortMetric->itemData(index).toInt()); });
        m_session.finish();
    });
    connect(m_abortWindow, &QDoubleSpinBox::valueChanged, this, [this, edit](double seconds) {
        edit(m_abortWindow, tr("Change how long a metric must stay critical"),
             [&](AbortOnCritical &a) { a.windowS = seconds; });
    });
    connect(m_abortWindow, &QDoubleSpinBox::editingFinished, this, [this] { m_session.finish(); });
    return row;
}

void TargetEditor::selectCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void TargetEditor::inheritCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && TargetTableModel::phaseOfColumn(current.column()) >= 0)
        m_model->setData(current, int(TargetTableModel::CellState::Inherited), TargetTableModel::CellStateRole);
}

void TargetEditor::toggleOffCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || TargetTableModel::phaseOfColumn(current.column()) < 0)
        return;
    const bool off = m_model->cellState(current) == TargetTableModel::CellState::Off;
    m_model->setData(current, int(off ? TargetTableModel::CellState::Inherited : TargetTableModel::CellState::Off),
                     TargetTableModel::CellStateRole);
}

void TargetEditor::clearCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.column() != TargetTableModel::MetricColumn)
        m_model->setData(current, QString());
}

void TargetEditor::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool phaseCell = current.isValid() && TargetTableModel::phaseOfColumn(current.column()) >= 0;
    const bool planCell = current.isValid() && !phaseCell && current.column() != TargetTableModel::MetricColumn;
    const TargetTableModel::CellState state =
        current.isValid() ? m_model->cellState(current) : TargetTableModel::CellState::NoTarget;
    using State = TargetTableModel::CellState;
    m_inherit->setEnabled(phaseCell && (state == State::Override || state == State::Off));
    // Only a plan target can be switched off; an "off" cell offers to switch it on again.
    const bool planHasTarget =
        current.isValid() &&
        m_model->index(current.row(), TargetTableModel::PlanGoalColumn).data(TargetTableModel::CellStateRole).toInt() ==
            int(State::PlanValue);
    m_switchOff->setEnabled(phaseCell && planHasTarget);
    m_switchOff->setText(state == State::Off ? tr("Switch &on for this phase") : tr("Switch &off for this phase"));
    m_removePlanTarget->setEnabled(planCell && state == State::PlanValue);
}

void TargetEditor::refreshAbort()
{
    const AbortOnCritical &abort = m_document->plan().abortOnCritical;
    const QSignalBlocker blockCheck(m_abort), blockWindow(m_abortWindow);
    m_abort->setChecked(abort.enabled);
    m_abortMetric->setCurrentIndex(m_abortMetric->findData(int(abort.metric)));
    if (m_abortWindow->value() != abort.windowS)
        m_abortWindow->setValue(abort.windowS);
    m_abortMetric->setEnabled(abort.enabled);
    m_abortWindow->setEnabled(abort.enabled);
    showFieldProblems(m_abort, m_document->diagnosticsFor(QStringLiteral("abort_on_critical")), abortToolTip(),
                      m_abortProblem);
}

} // namespace ls
