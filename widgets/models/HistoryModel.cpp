#include "HistoryModel.h"

#include "ResultText.h"

#include <QFileInfo>
#include <QLocale>

namespace ls {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(std::vector<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat);
        case PlanColumn:
            return e.planName;
        case VerdictColumn:
            return e.complete ? ResultText::verdict(e.verdict)
                              : tr("%1 (incomplete)").arg(ResultText::verdict(e.verdict));
        case PhasesColumn:
            return e.phases.join(QStringLiteral(", "));
        case SourceColumn:
            return e.importedFrom.isEmpty() ? tr("Load Studio") : e.importedFrom;
        case FileColumn:
            return QFileInfo(e.path).fileName();
        }
        return {};
    case SortRole:
        return index.column() == DateColumn ? QVariant(e.startedAt) : data(index, Qt::DisplayRole);
    case PathRole:
        return e.path;
    case Qt::ToolTipRole:
        return e.path;
    case Qt::ForegroundRole:
        return index.column() == VerdictColumn ? QVariant(ResultText::verdictColor(e.verdict)) : QVariant();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Started");
    case PlanColumn:
        return tr("Plan");
    case VerdictColumn:
        return tr("Verdict");
    case PhasesColumn:
        return tr("Phases");
    case SourceColumn:
        return tr("Source");
    case FileColumn:
        return tr("File");
    }
    return {};
}

} // namespace ls
