#pragma once
// One pair of phases of two runs, metric by metric: both values, the change, and whether it is better or worse
// by the metric's direction and beyond run-to-run noise. Colour carries the verdict (green better, red worse,
// pale when within noise) and the Verdict column says it in words; missing figures are greyed out.

#include "RunComparison.h"

#include <QAbstractTableModel>

namespace ls {

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        BaseColumn,
        OtherColumn,
        ChangeColumn,
        RelativeColumn,
        VerdictColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the number behind a cell
        DirectionRole,               // int(MetricDelta::Direction)
        SignificantRole,             // bool
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setPair(const PhasePair &pair); // a row per metric
    void clear();
    const PhasePair &pair() const { return m_pair; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictText(const MetricDelta &delta); // "worse, significant", "better, within noise", ...
    static QString valueText(CompareMetric metric, double value);

private:
    PhasePair m_pair;
};

} // namespace ls
