#pragma once
// The plan's phases as a table: name, load model, users or arrival rate, max users, ramp-up, duration,
// think time and graceful stop. Rows can be added, duplicated, removed and moved, and replaced by a preset.

#include "PlanTableModel.h"

namespace ls {

class PhaseTableModel : public PlanTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ModelColumn,    // closed (users) or open (arrival rate); EditRole is the LoadModel as int
        LoadColumn,     // users (closed) or requests per second (open)
        MaxUsersColumn, // open model only
        RampUpColumn,
        DurationColumn,
        ThinkMinColumn, // closed model only
        ThinkMaxColumn, // closed model only
        GracefulStopColumn,
        ColumnCount,
    };
    enum Role
    {
        LoadModelRole = FirstCustomRole, // int (LoadModel), on every column of a row
        PhaseNameRole,                   // QString, on every column of a row
    };

    explicit PhaseTableModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // New phases: a unique name, 10 users for 60 s.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override; // one row at a time
    int duplicateRow(int row);                    // returns the new row, or -1
    // Replaces all phases (with their targets) by those of a preset, as one undo step named `what`.
    void replacePhases(const std::vector<Phase> &phases, const QString &what);

private:
    QString columnTitle(int column) const;
    bool columnApplies(const Phase &phase, int column) const; // max users: open only; think time: closed only
    Diagnostics cellProblems(int row, int column) const;
};

} // namespace ls
