#pragma once
// Targets as one table: a row per metric; columns: the metric, the plan-wide goal and critical level, then a
// goal and critical pair per phase. A phase cell inherits the plan's target, overrides it, or switches it
// off for that phase (Phase::disabledTargets). Edits: a number sets the value (creating the target or the
// override), empty text removes the plan target or returns a phase cell to "inherit", "off" switches it off.

#include "PlanTableModel.h"

namespace ls {

class TargetTableModel : public PlanTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        PlanGoalColumn,
        PlanCriticalColumn,
        FirstPhaseColumn, // then goal and critical of each phase, in phase order
    };
    enum class CellState
    {
        NoTarget,  // neither the plan nor the phase sets this metric
        PlanValue, // a plan column with a target
        Inherited, // a phase column showing the plan's target
        Override,  // the phase's own target
        Off,       // the plan's target is switched off for the phase
    };
    enum Role
    {
        CellStateRole = FirstCustomRole, // int (CellState); settable on phase columns: Inherited, Off, Override
        MetricRole,                      // int (Metric), on every column of a row
        PhaseRole,                       // int: the phase of a column, -1 for the metric and plan columns
    };

    explicit TargetTableModel(PlanDocument *document, QObject *parent = nullptr);

    static int phaseOfColumn(int column); // -1 for the metric and plan columns
    static bool isGoalColumn(int column); // false for critical columns and the metric column
    static int goalColumnOfPhase(int phase);
    QString metricLabel(Metric metric) const; // "p95 latency (ms) ↓"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    CellState cellState(const QModelIndex &index) const;

private:
    Metric metricOfRow(int row) const;
    std::optional<Target> planTarget(Metric metric) const;
    std::optional<Target> phaseOverride(int phase, Metric metric) const;
    bool isOff(int phase, Metric metric) const;
    bool setPlanValue(Metric metric, bool goal, const QVariant &value);
    bool setPhaseValue(int phase, Metric metric, bool goal, const QVariant &value);
    bool setPhaseState(int phase, Metric metric, CellState state);
    Diagnostics cellProblems(int row, int column) const;
};

} // namespace ls
