#pragma once
// Evaluating targets: each metric against its goal and critical level, in the metric's direction.

#include "Plan.h"

#include <QString>

#include <optional>
#include <vector>

namespace ls {

enum class Verdict
{
    Pass, // meets the goal
    Warn, // between goal and critical
    Fail, // beyond critical
};
QString verdictName(Verdict verdict); // "PASS", "WARN", "FAIL"
std::optional<Verdict> verdictFromName(const QString &name);
Verdict worst(Verdict a, Verdict b);

struct TargetResult
{
    Target target;
    double actual = 0;
    Verdict verdict = Verdict::Pass;
};

// Direction-aware: for lower-is-better metrics PASS when actual <= goal, FAIL when actual > critical;
// for higher-is-better PASS when actual >= goal, FAIL when actual < critical.
Verdict evaluate(const Target &target, double actual);
// True when actual is beyond the critical level (what abort_on_critical watches).
bool isBeyondCritical(const Target &target, double actual);

// The metric values of one phase (or one window of seconds).
struct MetricValues
{
    double successRate = 100;
    double errorRate = 0;
    double avgMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double throughputRps = 0;

    double value(Metric metric) const;
};

std::vector<TargetResult> evaluateTargets(const std::vector<Target> &targets, const MetricValues &values);
// Worst of the results; PASS when there are none.
Verdict overallVerdict(const std::vector<TargetResult> &results);

} // namespace ls
