#include "ComparisonModel.h"

#include "ResultText.h"

#include <QColor>

#include <cmath>

namespace ls {

namespace {

QString signedText(const QString &text, double v)
{
    return v > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setPair(const PhasePair &pair)
{
    beginResetModel();
    m_pair = pair;
    endResetModel();
}

void ComparisonModel::clear()
{
    setPair(PhasePair());
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pair.deltas.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonModel::valueText(CompareMetric metric, double value)
{
    if (std::isnan(value))
        return tr("— not in the source");
    switch (metric) {
    case CompareMetric::Throughput:
        return ResultText::value(Metric::ThroughputRps, value);
    case CompareMetric::SuccessRate:
    case CompareMetric::ErrorRate:
        return ResultText::percent(value);
    case CompareMetric::Requests:
        return ResultText::count(qint64(std::llround(value)));
    default:
        return ResultText::milliseconds(value);
    }
}

QString ComparisonModel::verdictText(const MetricDelta &d)
{
    QString direction;
    switch (d.direction) {
    case MetricDelta::Direction::Better:
        direction = tr("▲ better");
        break;
    case MetricDelta::Direction::Worse:
        direction = tr("▼ worse");
        break;
    case MetricDelta::Direction::Same:
        return tr("= same");
    case MetricDelta::Direction::Unknown:
        return tr("cannot compare");
    }
    if (!d.significance.judged)
        return tr("%1, noise not judged").arg(direction);
    return d.significance.significant ? tr("%1, significant").arg(direction) : tr("%1, within noise").arg(direction);
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricDelta &d = m_pair.deltas[std::size_t(index.row())];
    const CompareMetricInfo &info = compareMetricInfo(d.metric);
    const bool missing = std::isnan(d.base) || std::isnan(d.other);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MetricColumn:
            return tr(info.label);
        case BaseColumn:
            return valueText(d.metric, d.base);
        case OtherColumn:
            return valueText(d.metric, d.other);
        case ChangeColumn:
            return missing ? QStringLiteral("—") : signedText(valueText(d.metric, d.absolute), d.absolute);
        case RelativeColumn:
            return std::isnan(d.relativePercent)
                       ? QStringLiteral("—")
                       : signedText(QStringLiteral("%1 %").arg(d.relativePercent, 0, 'f', 1), d.relativePercent);
        case VerdictColumn:
            return verdictText(d);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case BaseColumn:
            return d.base;
        case OtherColumn:
            return d.other;
        case ChangeColumn:
            return d.absolute;
        case RelativeColumn:
            return d.relativePercent;
        default:
            return data(index, Qt::DisplayRole);
        }
    case DirectionRole:
        return int(d.direction);
    case SignificantRole:
        return d.significance.significant;
    case Qt::ToolTipRole:
        if (index.column() == VerdictColumn) {
            if (!d.significance.judged)
                return d.significance.why;
            return tr("Mean per-second difference %1, 99 % interval [%2, %3]")
                .arg(d.significance.meanDifference, 0, 'g', 4)
                .arg(d.significance.low, 0, 'g', 4)
                .arg(d.significance.high, 0, 'g', 4);
        }
        return {};
    case Qt::ForegroundRole: {
        if (missing)
            return QColor(Qt::gray);
        if (index.column() != VerdictColumn && index.column() != ChangeColumn && index.column() != RelativeColumn)
            return {};
        const bool better = d.direction == MetricDelta::Direction::Better;
        const bool worse = d.direction == MetricDelta::Direction::Worse;
        if (!better && !worse)
            return {};
        QColor c = ResultText::verdictColor(better ? Verdict::Pass : Verdict::Fail);
        if (!d.significance.significant)
            c.setAlpha(140); // within noise: the direction, faintly
        return c;
    }
    case Qt::TextAlignmentRole:
        return index.column() == MetricColumn || index.column() == VerdictColumn
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case BaseColumn:
        return m_pair.baseName.isEmpty() ? tr("Base") : tr("Base: %1").arg(m_pair.baseName);
    case OtherColumn:
        return m_pair.otherName.isEmpty() ? tr("New") : tr("New: %1").arg(m_pair.otherName);
    case ChangeColumn:
        return tr("Change");
    case RelativeColumn:
        return tr("Relative");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

} // namespace ls
