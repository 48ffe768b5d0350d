#pragma once
// Figures for a live run view: the key numbers of the last second, each judged against the running phase's
// effective targets, and the facts a confirmation before a run needs (peak users, whether the target is local).

#include "Report.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace ls {

// The live tiles, in display order.
enum class Kpi
{
    RequestsPerS,
    P50Ms,
    P95Ms,
    P99Ms,
    SuccessRate,
    ErrorRate,
    ActiveUsers,
    Dropped,      // open model: arrivals without a free user, counted over the phase so far
    GeneratorCpu, // the load generator's busiest worker thread, % of one core
    SendLagP99,   // open model: how late requests went out against their schedule
};
const std::vector<Kpi> &allKpis();
// The target metric a tile is judged by (none for active users and dropped).
std::optional<Metric> metricOfKpi(Kpi kpi);

struct KpiReading
{
    Kpi kpi = Kpi::RequestsPerS;
    bool hasValue = false; // false when the second had no requests to measure (latency and rates unknown)
    double value = 0;
    std::optional<Target> target;   // the running phase's target on this metric, if any
    std::optional<Verdict> verdict; // set when there is both a value and a target (or a limit)
    // The load generator's own figures have a fixed limit instead of a target: above it, WARN (results may be
    // inflated by the generator).
    std::optional<double> limit;
};

// The metric values of one timeline second (the mean latency is not kept per second and stays 0).
MetricValues metricValuesOf(const TimelinePoint &second);

// One reading per Kpi (allKpis() order) for the second just completed; phaseDropped is the phase's total so far.
std::vector<KpiReading> liveKpis(const TimelinePoint &lastSecond, qint64 phaseDropped,
                                 const std::vector<Target> &targets);
// Readings over a whole finished phase, judged by its targets as its verdict is (active users: the most at once).
std::vector<KpiReading> phaseKpis(const PhaseResult &phase);
// Readings before the phase's first second is complete: no values yet, but the targets they will be judged by.
std::vector<KpiReading> pendingKpis(const std::vector<Target> &targets);

// The most virtual users any of the named phases runs at once (all phases when `phases` is empty): users in
// the closed model, max_users in the open model.
int peakUsers(const Plan &plan, const QStringList &phases = {});

// True when the URL's host is this machine (localhost, 127.0.0.0/8, ::1): load may go there without asking.
bool isLoopbackUrl(const QString &url);

} // namespace ls
