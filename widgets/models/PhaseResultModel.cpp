#include "PhaseResultModel.h"

#include "ResultText.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QColor>

namespace ls {

namespace {

// "timeout 45 · http_503 12 · +2 more": the three most frequent classes.
QString topErrorClasses(const ErrorTallies &errors)
{
    std::vector<std::pair<qint64, ErrorKey>> byCount;
    for (const auto &[key, tally] : errors)
        byCount.emplace_back(tally.count, key);
    std::sort(byCount.begin(), byCount.end(), std::greater<>());
    QStringList parts;
    for (std::size_t i = 0; i < byCount.size() && i < 3; ++i)
        parts << QStringLiteral("%1 %2").arg(errorKeyName(byCount[i].second), ResultText::count(byCount[i].first));
    if (byCount.size() > 3)
        parts << PhaseResultModel::tr("+%1 more").arg(byCount.size() - 3);
    return parts.join(QStringLiteral(" · "));
}

bool notStated(double v)
{
    return std::isnan(v);
}

QString notStatedText()
{
    return QStringLiteral("—");
}

} // namespace

PhaseResultModel::PhaseResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void PhaseResultModel::setReport(const RunReport &report)
{
    std::vector<Row> rows;
    for (const PhaseResult &phase : report.phases) {
        const MetricValues metrics = phase.metrics();
        Row row;
        row.name = phase.phase.name;
        row.load = ResultText::load(phase.phase);
        row.verdict = phase.verdict;
        row.reason = ResultText::phaseReason(phase);
        row.stoppedEarly = phase.stoppedEarly;
        row.stopReason = phase.stopReason;
        row.requests = phase.totals.requests;
        row.failures = phase.totals.failures();
        row.errorClasses = topErrorClasses(phase.totals.errors);
        row.successRate = metrics.successRate;
        row.throughputRps = metrics.throughputRps;
        row.p50Ms = metrics.p50Ms;
        row.p95Ms = metrics.p95Ms;
        row.p99Ms = metrics.p99Ms;
        // An imported summary without samples: its stated figures, NaN (shown as "—") where it states none.
        if (phase.totals.latency.isEmpty() && phase.statedLatency) {
            row.p50Ms = phase.statedLatency->p50Ms;
            row.p95Ms = phase.statedLatency->p95Ms;
            row.p99Ms = phase.statedLatency->p99Ms;
        }
        if (phase.elapsedS <= 0)
            row.throughputRps = std::numeric_limits<double>::quiet_NaN();
        rows.push_back(row);
    }
    // Same phases again (a run's snapshot after the next phase): update in place, keeping selections.
    if (!m_rows.empty() && rows.size() >= m_rows.size()) {
        const int oldCount = int(m_rows.size());
        for (int i = 0; i < oldCount; ++i)
            m_rows[std::size_t(i)] = rows[std::size_t(i)];
        Q_EMIT dataChanged(index(0, 0), index(oldCount - 1, ColumnCount - 1));
        if (rows.size() > m_rows.size()) {
            beginInsertRows({}, oldCount, int(rows.size()) - 1);
            m_rows.insert(m_rows.end(), rows.begin() + oldCount, rows.end());
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PhaseResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PhaseResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhaseResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseResultModel::display(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.stoppedEarly ? tr("%1 (stopped early)").arg(row.name) : row.name;
    case LoadColumn:
        return row.load;
    case VerdictColumn:
        return ResultText::verdict(row.verdict);
    case RequestsColumn:
        return ResultText::count(row.requests);
    case SuccessRateColumn:
        return ResultText::value(Metric::SuccessRate, row.successRate);
    case ThroughputColumn:
        return notStated(row.throughputRps) ? notStatedText()
                                            : ResultText::value(Metric::ThroughputRps, row.throughputRps);
    case P50Column:
        return notStated(row.p50Ms) ? notStatedText() : ResultText::milliseconds(row.p50Ms);
    case P95Column:
        return notStated(row.p95Ms) ? notStatedText() : ResultText::milliseconds(row.p95Ms);
    case P99Column:
        return notStated(row.p99Ms) ? notStatedText() : ResultText::milliseconds(row.p99Ms);
    case FailuresColumn:
        return ResultText::count(row.failures);
    case ErrorClassesColumn:
        return row.errorClasses;
    case ReasonColumn:
        return row.reason;
    }
    return {};
}

QVariant PhaseResultModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case LoadColumn:
        return row.load;
    case VerdictColumn:
        return int(row.verdict);
    case RequestsColumn:
        return row.requests;
    case SuccessRateColumn:
        return row.successRate;
    case ThroughputColumn:
        return row.throughputRps;
    case P50Column:
        return row.p50Ms;
    case P95Column:
        return row.p95Ms;
    case P99Column:
        return row.p99Ms;
    case FailuresColumn:
        return row.failures;
    case ErrorClassesColumn:
        return row.errorClasses;
    case ReasonColumn:
        return row.reason;
    }
    return {};
}

QVariant PhaseResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case VerdictRole:
        return int(row.verdict);
    case Qt::ToolTipRole:
        if (column == NameColumn && row.stoppedEarly)
            return row.stopReason;
        if (column == VerdictColumn || column == ReasonColumn)
            return row.reason;
        return {};
    case Qt::ForegroundRole:
        if (column == VerdictColumn)
            return ResultText::verdictColor(row.verdict);
        if (display(row, column) == notStatedText())
            return QColor(Qt::gray); // the source does not carry this figure
        return {};
    case Qt::TextAlignmentRole:
        if (column >= RequestsColumn && column <= FailuresColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PhaseResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Phase");
    case LoadColumn:
        return tr("Load");
    case VerdictColumn:
        return tr("Verdict");
    case RequestsColumn:
        return tr("Requests");
    case SuccessRateColumn:
        return tr("Success");
    case ThroughputColumn:
        return tr("Throughput");
    case P50Column:
        return tr("P50");
    case P95Column:
        return tr("P95");
    case P99Column:
        return tr("P99");
    case FailuresColumn:
        return tr("Failed");
    case ErrorClassesColumn:
        return tr("Errors by cause");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace ls
