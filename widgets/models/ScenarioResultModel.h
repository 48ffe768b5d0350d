#pragma once
// One row per scenario of a phase: configured against achieved share of the requests, counts, latency
// percentiles and errors by class. Read-only.

#include "Report.h"

#include <QAbstractTableModel>

#include <vector>

namespace ls {

class ScenarioResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ConfiguredShareColumn,
        AchievedShareColumn,
        RequestsColumn,
        SuccessesColumn,
        FailuresColumn,
        P50Column,
        P95Column,
        P99Column,
        ErrorsColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit ScenarioResultModel(QObject *parent = nullptr);

    // The scenarios of `phase` as run under `plan` (names and configured weights come from the plan).
    void setPhase(const Plan &plan, const PhaseResult &phase);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        double configuredShare = 0;
        double achievedShare = 0;
        qint64 requests = 0;
        qint64 successes = 0;
        double p50Ms = 0, p95Ms = 0, p99Ms = 0;
        QString errors;       // "http_503 × 12, timeout × 3"
        QString errorSamples; // first message per class, for the tooltip
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace ls
