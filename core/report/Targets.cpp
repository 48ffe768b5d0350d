#include "Targets.h"

namespace ls {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("PASS");
    case Verdict::Warn:
        return QStringLiteral("WARN");
    case Verdict::Fail:
        return QStringLiteral("FAIL");
    }
    return {};
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (Verdict v : {Verdict::Pass, Verdict::Warn, Verdict::Fail}) {
        if (verdictName(v) == name)
            return v;
    }
    return std::nullopt;
}

Verdict worst(Verdict a, Verdict b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

Verdict evaluate(const Target &target, double actual)
{
    const bool higherIsBetter = metricInfo(target.metric).higherIsBetter;
    const bool meetsGoal = higherIsBetter ? actual >= target.goal : actual <= target.goal;
    if (meetsGoal)
        return Verdict::Pass;
    return isBeyondCritical(target, actual) ? Verdict::Fail : Verdict::Warn;
}

bool isBeyondCritical(const Target &target, double actual)
{
    const bool higherIsBetter = metricInfo(target.metric).higherIsBetter;
    return higherIsBetter ? actual < target.critical : actual > target.critical;
}

double MetricValues::value(Metric metric) const
{
    switch (metric) {
    case Metric::SuccessRate:
        return successRate;
    case Metric::ErrorRate:
        return errorRate;
    case Metric::AvgMs:
        return avgMs;
    case Metric::P50Ms:
        return p50Ms;
    case Metric::P95Ms:
        return p95Ms;
    case Metric::P99Ms:
        return p99Ms;
    case Metric::ThroughputRps:
        return throughputRps;
    }
    return 0;
}

std::vector<TargetResult> evaluateTargets(const std::vector<Target> &targets, const MetricValues &values)
{
    std::vector<TargetResult> results;
    results.reserve(targets.size());
    for (const Target &target : targets) {
        const double actual = values.value(target.metric);
        results.push_back({target, actual, evaluate(target, actual)});
    }
    return results;
}

Verdict overallVerdict(const std::vector<TargetResult> &results)
{
    Verdict verdict = Verdict::Pass;
    for (const TargetResult &result : results)
        verdict = worst(verdict, result.verdict);
    return verdict;
}

} // namespace ls
