#pragma once
// The phases of one run side by side, and where the system stops scaling: the "knee", the load level beyond
// which throughput stops rising with users while P95 climbs.

#include "Report.h"

#include <QString>

#include <limits>
#include <map>
#include <vector>

namespace ls {

// What comparisons look at, with the direction that is better.
enum class CompareMetric
{
    Throughput,
    SuccessRate,
    ErrorRate,
    Mean,
    P50,
    P90,
    P95,
    P99,
    Max,
    Requests,
};
inline constexpr CompareMetric allCompareMetrics[] = {
    CompareMetric::Throughput, CompareMetric::SuccessRate, CompareMetric::ErrorRate, CompareMetric::Mean,
    CompareMetric::P50,        CompareMetric::P90,         CompareMetric::P95,       CompareMetric::P99,
    CompareMetric::Max,        CompareMetric::Requests,
};

struct CompareMetricInfo
{
    const char *id;    // "p95_ms": as in reports and on the command line
    const char *label; // "P95"
    const char *unit;  // "ms", "req/s", "%", ""
    bool higherIsBetter;
    bool judgedPerSecond; // significance can be judged from the per-second timeline
};
const CompareMetricInfo &compareMetricInfo(CompareMetric metric);

// One phase's figures. NaN where the source does not have the figure (an imported summary without samples).
struct PhaseFigures
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    int index = 0; // in RunReport::phases
    QString name;
    bool openModel = false;
    double load = 0; // users (closed model) or arrival rate per second (open model)
    double values[std::size(allCompareMetrics)] = {none, none, none, none, none, none, none, none, none, none};
    std::map<ErrorKey, qint64> errors;
    Verdict verdict = Verdict::Pass;
    std::vector<double> perSecond[std::size(allCompareMetrics)]; // steady-state seconds (after the ramp-up)

    double value(CompareMetric metric) const { return values[std::size_t(metric)]; }
    const std::vector<double> &seconds(CompareMetric metric) const { return perSecond[std::size_t(metric)]; }
};

PhaseFigures phaseFigures(const RunReport &report, int phaseIndex);
std::vector<PhaseFigures> phaseFigures(const RunReport &report);

struct KneeFinding
{
    enum class Kind
    {
        NotEnoughData, // fewer than three load levels, or no throughput figures
        StillScaling,  // throughput rose with every step: the capacity is above the highest level tested
        Knee,          // throughput stopped rising at some level while P95 climbed
    };
    Kind kind = Kind::NotEnoughData;
    int kneePhase = -1;      // phase index of the first level past the knee
    int capacityPhase = -1;  // the phase that reached the capacity (highest throughput within the P95 goal)
    double capacityRps = 0;  // its throughput
    double capacityLoad = 0; // its users (or rate)
    QString sentence;        // the finding in words, for the Phases view and the CLI
};

// levels: phases of one run (any order); p95GoalMs: the plan's P95 goal, NaN if it has none. Phases of the
// other load model than the majority, and phases without throughput, are left out.
KneeFinding findKnee(const std::vector<PhaseFigures> &levels, double p95GoalMs);
// The plan's P95 goal for a phase (NaN when no target sets one).
double p95GoalOf(const RunReport &report);

} // namespace ls
