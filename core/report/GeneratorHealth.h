#pragma once
// Whether the load generator itself may have inflated the latencies it reports: its own CPU (the busiest worker
// thread, per second) and, in the open model, how late requests went out against their schedule (send lag).
// One rule serves the live view, the report and the terminal summary.

#include "Report.h"

#include <QStringList>

namespace ls {

// Above these the generator is the bottleneck rather than the system under test.
constexpr double generatorCpuLimitPercent = 80; // of one core, for the busiest worker thread
constexpr double sendLagLimitMs = 5;            // p99 of (actual - scheduled) send time

// Accumulates seconds as they come (live) or from a finished phase's timeline.
class GeneratorWatch
{
public:
    void add(const TimelinePoint &second);
    // Over the whole phase: its send-lag histogram (open model), when there is one.
    void setPhaseSendLagP99Ms(double ms) { m_phaseSendLagP99Ms = ms; }

    int measuredSeconds() const { return m_measured; }
    int secondsOverCpuLimit() const { return m_overCpu; }
    double cpuMaxPercent() const { return m_cpuMax; } // -1 when nothing was measured
    double sendLagP99Ms() const;                      // the phase's, else the worst second's; -1 without
    // Empty when nothing suggests inflation, else one sentence per cause (each ends with the same warning).
    QStringList warnings() const;

private:
    int m_measured = 0;
    int m_overCpu = 0;
    double m_cpuMax = -1;
    double m_secondSendLagMax = -1;
    int m_lagMeasured = 0;
    int m_overLag = 0;
    double m_phaseSendLagP99Ms = -1;
};

GeneratorWatch generatorWatchOf(const PhaseResult &phase);
// "Phase: warning" for every phase with one, in phase order.
QStringList generatorWarnings(const RunReport &report);

} // namespace ls
