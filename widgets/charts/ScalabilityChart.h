#pragma once
// The scalability curve of one run: P95 and P99 (left axis, ms) and throughput (right axis) against the load
// of each phase, with the P95 goal and critical levels as horizontal bands. Where scaling stops is visible
// as the point where the throughput line flattens while the latency lines climb.

#include "Scalability.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace ls {

class ScalabilityChart : public QChartView
{
    Q_OBJECT
public:
    explicit ScalabilityChart(QWidget *parent = nullptr);

    // levels: the run's phases (those of the majority load model are drawn, sorted by load); goal and critical
    // of P95, NaN when the plan has none.
    void setLevels(const std::vector<PhaseFigures> &levels, double p95GoalMs, double p95CriticalMs);
    void clear();
    QLineSeries *throughputSeries() const { return m_throughput; }
    QLineSeries *p95Series() const { return m_p95; }
    QLineSeries *p95GoalSeries() const { return m_goal; }

private:
    QValueAxis *m_loadAxis;
    QValueAxis *m_latencyAxis;
    QValueAxis *m_throughputAxis;
    QLineSeries *m_p95;
    QLineSeries *m_p99;
    QLineSeries *m_throughput;
    QLineSeries *m_goal;
    QLineSeries *m_critical;
};

} // namespace ls
