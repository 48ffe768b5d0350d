#pragma once
// Errors by class: how often, their share of the requests, and the first message seen. Updated in place while
// a run goes on (new classes are inserted, counts change), so a view keeps its selection and scroll position.

#include "ErrorClass.h"

#include <QAbstractTableModel>

#include <vector>

namespace ls {

class ErrorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ClassColumn,
        CountColumn,
        ShareColumn,
        FirstMessageColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ErrorKeyRole, // int ErrorKey
    };

    explicit ErrorTableModel(QObject *parent = nullptr);

    // totalRequests: the requests the tallies are counted over (for the share column); 0 hides the share.
    void setErrors(const ErrorTallies &errors, qint64 totalRequests);
    void clear();
    qint64 totalErrors() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ErrorKey key = 0;
        ErrorTally tally;
    };
    std::vector<Row> m_rows; // in ErrorKey order, like ErrorTallies
    qint64 m_totalRequests = 0;
};

} // namespace ls
