#include "ErrorTableModel.h"

#include "ResultText.h"

#include <QLocale>

#include <algorithm>

namespace ls {

ErrorTableModel::ErrorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ErrorTableModel::setErrors(const ErrorTallies &errors, qint64 totalRequests)
{
    // Classes only come and never go during a run; anything else (another run, a cleared table) resets.
    const bool onlyAdded =
        std::all_of(m_rows.begin(), m_rows.end(), [&](const Row &row) { return errors.count(row.key); });
    if (!onlyAdded) {
        beginResetModel();
        m_rows.clear();
        for (const auto &[key, tally] : errors)
            m_rows.push_back({key, tally});
        m_totalRequests = totalRequests;
        endResetModel();
        return;
    }
    m_totalRequests = totalRequests;
    for (const auto &[key, tally] : errors) {
        const auto at =
            std::lower_bound(m_rows.begin(), m_rows.end(), key, [](const Row &row, ErrorKey k) { return row.key < k; });
        const int row = int(at - m_rows.begin());
        if (at != m_rows.end() && at->key == key) {
            at->tally = tally;
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(at, Row{key, tally});
        endInsertRows();
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ErrorTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totalRequests = 0;
    endResetModel();
}

qint64 ErrorTableModel::totalErrors() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.tally.count;
    return total;
}

int ErrorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ErrorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const double share = m_totalRequests > 0 ? 100.0 * double(row.tally.count) / double(m_totalRequests) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClassColumn:
            return errorKeyName(row.key);
        case CountColumn:
            return ResultText::count(row.tally.count);
        case ShareColumn:
            return m_totalRequests > 0 ? ResultText::percent(share) : QString();
        case FirstMessageColumn:
            return row.tally.sampleMessage.isEmpty() ? tr("(no message)") : row.tally.sampleMessage;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ClassColumn:
            return errorKeyName(row.key);
        case CountColumn:
            return row.tally.count;
        case ShareColumn:
            return share;
        case FirstMessageColumn:
            return row.tally.sampleMessage;
        }
        return {};
    case ErrorKeyRole:
        return row.key;
    case Qt::ToolTipRole:
        if (index.column() == FirstMessageColumn)
            return row.tally.sampleMessage;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == ShareColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ErrorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClassColumn:
        return tr("Error class");
    case CountColumn:
        return tr("Count");
    case ShareColumn:
        return tr("Of requests");
    case FirstMessageColumn:
        return tr("First message");
    }
    return {};
}

} // namespace ls
