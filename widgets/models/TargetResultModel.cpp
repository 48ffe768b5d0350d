#include "TargetResultModel.h"

#include "ResultText.h"

namespace ls {

TargetResultModel::TargetResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetResultModel::setResults(const std::vector<TargetResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void TargetResultModel::clear()
{
    setResults({});
}

int TargetResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int TargetResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetResult &result = m_results[std::size_t(index.row())];
    const Metric metric = result.target.metric;
    const bool higherIsBetter = metricInfo(metric).higherIsBetter;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MetricColumn:
            return ResultText::metricName(metric);
        case GoalColumn:
            return QString((higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) +
                           ResultText::value(metric, result.target.goal));
        case CriticalColumn:
            return QString((higherIsBetter ? QStringLiteral("< ") : QStringLiteral("> ")) +
                           ResultText::value(metric, result.target.critical));
        case ActualColumn:
            return ResultText::value(metric, result.actual);
        case VerdictColumn:
            return ResultText::verdict(result.verdict);
        case ReasonColumn:
            return ResultText::reason(result);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case MetricColumn:
            return int(metric);
        case GoalColumn:
            return result.target.goal;
        case CriticalColumn:
            return result.target.critical;
        case ActualColumn:
            return result.actual;
        case VerdictColumn:
            return int(result.verdict);
        case ReasonColumn:
            return ResultText::reason(result);
        }
        return {};
    case VerdictRole:
        return int(result.verdict);
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return ResultText::verdictColor(result.verdict);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= GoalColumn && index.column() <= ActualColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TargetResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Target");
    case GoalColumn:
        return tr("Goal");
    case CriticalColumn:
        return tr("Critical");
    case ActualColumn:
        return tr("Actual");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace ls
