#pragma once
// One row per phase of a report: its load, verdict (with the reason as text and tooltip) and key figures.
// Read-only; filled from a RunReport (finished, saved, or a snapshot during a run).

#include "Report.h"

#include <QAbstractTableModel>

#include <vector>

namespace ls {

class PhaseResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        LoadColumn,
        VerdictColumn,
        RequestsColumn,
        SuccessRateColumn,
        ThroughputColumn,
        P50Column,
        P95Column,
        P99Column,
        FailuresColumn,
        ErrorClassesColumn, // the most frequent error classes with their counts
        ReasonColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw number (or text) behind a cell
        VerdictRole,                 // int(Verdict) of the row
    };

    explicit PhaseResultModel(QObject *parent = nullptr);

    void setReport(const RunReport &report);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString load;
        Verdict verdict = Verdict::Pass;
        QString reason;
        bool stoppedEarly = false;
        QString stopReason;
        qint64 requests = 0;
        qint64 failures = 0;
        QString errorClasses;
        double successRate = 0;
        double throughputRps = 0;
        double p50Ms = 0, p95Ms = 0, p99Ms = 0;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace ls
