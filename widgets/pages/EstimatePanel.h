#pragma once
// The planning estimate under the phase table: total suite time, and per phase when it starts, how long it
// takes, the latency the estimate assumes (and where it comes from), the expected throughput and request
// count (Little's law, see PlanEstimate.h) and what that throughput means for the phase's throughput target.

#include "PlanEstimate.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace ls {

class PlanDocument;

class EstimatePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        PhaseColumn,
        StartColumn,
        TimeColumn,
        LatencyColumn,
        ThroughputColumn,
        RequestsColumn,
        TargetColumn,
        ColumnCount,
    };

    explicit EstimatePanel(PlanDocument *document, QWidget *parent = nullptr);

    const PlanEstimate &estimate() const { return m_estimate; }
    EstimateOptions options() const;
    // "45 s", "26 min 15 s", "1 h 5 min"
    static QString formatDuration(double seconds);

private:
    void refresh();
    void fillRow(int row, const Phase &phase, const PhaseEstimate &estimate);

    PlanDocument *m_document;
    QDoubleSpinBox *m_latency;
    QCheckBox *m_latencyForAll;
    QLabel *m_total;
    QTableWidget *m_table;
    PlanEstimate m_estimate;
};

} // namespace ls
