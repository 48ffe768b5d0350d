#pragma once
// The four charts of a run on one time axis: latency percentiles (P50/P95/P99) with the goal and critical
// lines of each phase, throughput with its targets, errors per second stacked by class, and active users.
// Every chart shows the phases as shaded bands. Fed one timeline point per second during a run, or a whole
// report afterwards.

#include "Report.h"
#include "TimeSeriesChart.h"

#include <QWidget>

#include <vector>

class QLineSeries;

namespace ls {

struct ChartPhase
{
    QString name;
    double startS = 0; // seconds since the run started
    double endS = 0;   // planned end while it runs, actual end afterwards
    std::vector<Target> targets;
};

class LiveRunCharts : public QWidget
{
    Q_OBJECT
public:
    explicit LiveRunCharts(QWidget *parent = nullptr);

    void clear();
    void setPhases(std::vector<ChartPhase> phases);
    const std::vector<ChartPhase> &phases() const { return m_phases; }
    void appendSecond(const TimelinePoint &point);
    void setTimeRange(double fromS, double toS);
    // All phases and their timelines of a finished or saved run.
    void showReport(const RunReport &report);
    int pointCount() const { return int(m_points.size()); }

    TimeSeriesChart *latencyChart() const { return m_latency; }
    TimeSeriesChart *throughputChart() const { return m_throughput; }
    TimeSeriesChart *errorChart() const { return m_errors; }
    TimeSeriesChart *usersChart() const { return m_users; }

private:
    void refresh();
    void updateReferenceLines();

    TimeSeriesChart *m_latency = nullptr;
    TimeSeriesChart *m_throughput = nullptr;
    TimeSeriesChart *m_errors = nullptr;
    TimeSeriesChart *m_users = nullptr;
    QLineSeries *m_p50 = nullptr;
    QLineSeries *m_p95 = nullptr;
    QLineSeries *m_p99 = nullptr;
    QLineSeries *m_rps = nullptr;
    QLineSeries *m_activeUsers = nullptr;
    std::vector<TimelinePoint> m_points; // one per second: the report's own timeline, a few KB per minute
    std::vector<ChartPhase> m_phases;
};

} // namespace ls
