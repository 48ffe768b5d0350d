#include "ScenarioResultModel.h"

#include "ResultText.h"

#include <QLocale>

namespace ls {

ScenarioResultModel::ScenarioResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScenarioResultModel::setPhase(const Plan &plan, const PhaseResult &phase)
{
    const std::vector<double> shares = plan.scenarioShares();
    const StatsBlock &totals = phase.totals;
    std::vector<Row> rows;
    for (std::size_t i = 0; i < totals.scenarios.size(); ++i) {
        const ScenarioBlock &block = totals.scenarios[i];
        const LatencySummary latency = LatencySummary::of(block.latency);
        Row row;
        row.name = i < plan.scenarios.size() ? plan.scenarios[i].name : tr("Scenario %1").arg(i + 1);
        row.configuredShare = i < shares.size() ? shares[i] : 0;
        row.achievedShare = totals.requests ? 100.0 * double(block.requests) / double(totals.requests) : 0;
        row.requests = block.requests;
        row.successes = block.successes;
        row.p50Ms = latency.p50Ms;
        row.p95Ms = latency.p95Ms;
        row.p99Ms = latency.p99Ms;
        QStringList errors;
        QStringList samples;
        for (const auto &[key, tally] : block.errors) {
            errors << tr("%1 × %2").arg(errorKeyName(key), ResultText::count(tally.count));
            samples << tr("%1: %2").arg(errorKeyName(key), tally.sampleMessage);
        }
        row.errors = errors.join(QStringLiteral(", "));
        row.errorSamples = samples.join(u'\n');
        rows.push_back(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ScenarioResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ScenarioResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioResultModel::display(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case ConfiguredShareColumn:
        return tr("%1 %").arg(QLocale().toString(row.configuredShare, 'f', 1));
    case AchievedShareColumn:
        return tr("%1 %").arg(QLocale().toString(row.achievedShare, 'f', 1));
    case RequestsColumn:
        return ResultText::count(row.requests);
    case SuccessesColumn:
        return ResultText::count(row.successes);
    case FailuresColumn:
        return ResultText::count(row.requests - row.successes);
    case P50Column:
        return ResultText::milliseconds(row.p50Ms);
    case P95Column:
        return ResultText::milliseconds(row.p95Ms);
    case P99Column:
        return ResultText::milliseconds(row.p99Ms);
    case ErrorsColumn:
        return row.errors.isEmpty() ? tr("none") : row.errors;
    }
    return {};
}

QVariant ScenarioResultModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case ConfiguredShareColumn:
        return row.configuredShare;
    case AchievedShareColumn:
        return row.achievedShare;
    case RequestsColumn:
        return row.requests;
    case SuccessesColumn:
        return row.successes;
    case FailuresColumn:
        return row.requests - row.successes;
    case P50Column:
        return row.p50Ms;
    case P95Column:
        return row.p95Ms;
    case P99Column:
        return row.p99Ms;
    case ErrorsColumn:
        return row.errors;
    }
    return {};
}

QVariant ScenarioResultModel::data(const QModelIndex &index, int role) const
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
    case Qt::ToolTipRole:
        if (column == ErrorsColumn && !row.errorSamples.isEmpty())
            return row.errorSamples;
        if (column == AchievedShareColumn)
            return tr("Share of this phase's requests; the plan asks for %1 %")
                .arg(QLocale().toString(row.configuredShare, 'f', 1));
        return {};
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == ErrorsColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScenarioResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case ConfiguredShareColumn:
        return tr("Configured share");
    case AchievedShareColumn:
        return tr("Achieved share");
    case RequestsColumn:
        return tr("Requests");
    case SuccessesColumn:
        return tr("Successful");
    case FailuresColumn:
        return tr("Failed");
    case P50Column:
        return tr("P50");
    case P95Column:
        return tr("P95");
    case P99Column:
        return tr("P99");
    case ErrorsColumn:
        return tr("Errors");
    }
    return {};
}

} // namespace ls
