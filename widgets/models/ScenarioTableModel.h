#pragma once
// The plan's scenarios as a table: name, method, path, weight, normalised share and expected status.
// Rows can be added, duplicated, removed and moved; each change is one undo step of the document.

#include "PlanTableModel.h"

#include <optional>
#include <vector>

namespace ls {

class ScenarioTableModel : public PlanTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        MethodColumn,
        PathColumn,
        WeightColumn,
        ShareColumn, // read-only: weight / sum of weights, from Plan::scenarioShares()
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        ShareRole = FirstCustomRole, // double, percent; on every column of a row
    };

    explicit ScenarioTableModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // New scenarios: a unique name, GET /, and the mean weight of the others (so they get a fair share).
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // One row at a time (the editor's "move up" and "move down").
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    // Inserts a copy of the scenario below it, named "<name> (copy)"; returns the new row, or -1.
    int duplicateRow(int row);

    static const QStringList &methods(); // GET, POST, ... as the plan format allows them
    // Expected status codes as typed in the table: "200, 201" (commas or spaces); empty text is "any 2xx".
    static QString statusText(const std::vector<int> &statuses);
    static std::optional<std::vector<int>> parseStatuses(const QString &text);

private:
    QString columnTitle(int column) const;
    Diagnostics cellProblems(int row, int column) const;
};

} // namespace ls
