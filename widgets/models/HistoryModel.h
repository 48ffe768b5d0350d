#pragma once
// The reports of a workspace folder, one row per run, oldest first: date, plan, verdict, phases, source (Load
// Studio or the tool it was imported from) and file.

#include "History.h"

#include <QAbstractTableModel>

namespace ls {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        PlanColumn,
        VerdictColumn,
        PhasesColumn,
        SourceColumn,
        FileColumn,
        ColumnCount,
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(std::vector<HistoryEntry> entries);
    const std::vector<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<HistoryEntry> m_entries;
};

} // namespace ls
