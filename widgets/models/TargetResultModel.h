#pragma once
// One row per effective target of a phase: goal, critical level, what was measured, the verdict and why.
// Read-only.

#include "Targets.h"

#include <QAbstractTableModel>

#include <vector>

namespace ls {

class TargetResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        GoalColumn,
        CriticalColumn,
        ActualColumn,
        VerdictColumn,
        ReasonColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        VerdictRole, // int(Verdict)
    };

    explicit TargetResultModel(QObject *parent = nullptr);

    void setResults(const std::vector<TargetResult> &results);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<TargetResult> m_results;
};

} // namespace ls
