#include "Plan.h"

#include <algorithm>

namespace ls {

const std::vector<MetricInfo> &allMetrics()
{
    // In enum order, so metricInfo() can index the table.
    static const std::vector<MetricInfo> metrics = {
        {Metric::SuccessRate, "success_rate", true, "%"},
        {Metric::ErrorRate, "error_rate", false, "%"},
        {Metric::AvgMs, "avg_ms", false, "ms"},
        {Metric::P50Ms, "p50_ms", false, "ms"},
        {Metric::P95Ms, "p95_ms", false, "ms"},
        {Metric::P99Ms, "p99_ms", false, "ms"},
        {Metric::ThroughputRps, "throughput_rps", true, "req/s"},
    };
    return metrics;
}

const MetricInfo &metricInfo(Metric metric)
{
    return allMetrics().at(static_cast<size_t>(metric));
}

std::optional<Metric> metricFromKey(const QString &key)
{
    for (const MetricInfo &info : allMetrics()) {
        if (key == QLatin1StringView(info.key))
            return info.metric;
    }
    return std::nullopt;
}

std::vector<Target> Plan::effectiveTargets(const Phase &phase) const
{
    std::vector<Target> result = targets;
    for (const Target &own : phase.targets) {
        auto it = std::find_if(result.begin(), result.end(), [&](const Target &t) { return t.metric == own.metric; });
        if (it != result.end())
            *it = own;
        else
            result.push_back(own);
    }
    std::erase_if(result, [&](const Target &t) {
        return std::find(phase.disabledTargets.begin(), phase.disabledTargets.end(), t.metric) !=
               phase.disabledTargets.end();
    });
    // A stable order (that of allMetrics) so reports list targets the same way for every phase.
    std::stable_sort(result.begin(), result.end(),
                     [](const Target &a, const Target &b) { return a.metric < b.metric; });
    return result;
}

std::vector<double> Plan::scenarioShares() const
{
    double sum = 0;
    for (const Scenario &s : scenarios)
        sum += s.weight;
    std::vector<double> shares;
    shares.reserve(scenarios.size());
    for (const Scenario &s : scenarios)
        shares.push_back(sum > 0 ? s.weight * 100.0 / sum : 0.0);
    return shares;
}

double Plan::totalDurationS() const
{
    double total = 0;
    for (const Phase &p : phases)
        total += p.rampUpS + p.durationS + p.gracefulStopS;
    if (phases.size() > 1)
        total += pauseBetweenPhasesS * double(phases.size() - 1);
    return total;
}

} // namespace ls
