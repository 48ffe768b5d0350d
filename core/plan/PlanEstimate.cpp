#include "PlanEstimate.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace ls {

std::pair<double, LatencySource> expectedLatency(const Plan &plan, const Phase &phase, const EstimateOptions &options)
{
    if (!options.preferAssumedLatency) {
        const std::vector<Target> targets = plan.effectiveTargets(phase);
        // The median is what Little's law wants; the mean is close; p95 overstates it, so it comes last.
        for (const auto &[metric, source] :
             {std::pair{Metric::P50Ms, LatencySource::P50Goal}, std::pair{Metric::AvgMs, LatencySource::AvgGoal},
              std::pair{Metric::P95Ms, LatencySource::P95Goal}}) {
            const auto it = std::find_if(targets.begin(), targets.end(),
                                         [metric = metric](const Target &t) { return t.metric == metric; });
            if (it != targets.end())
                return {it->goal, source};
        }
    }
    return {options.assumedLatencyMs, LatencySource::Assumed};
}

PhaseEstimate estimatePhase(const Plan &plan, const Phase &phase, const EstimateOptions &options)
{
    PhaseEstimate estimate;
    std::tie(estimate.expectedLatencyMs, estimate.latencySource) = expectedLatency(plan, phase, options);
    estimate.wallTimeS = phase.rampUpS + phase.durationS + phase.gracefulStopS;

    if (phase.model == LoadModel::Closed) {
        estimate.meanThinkTimeMs = (phase.thinkTimeMinMs + phase.thinkTimeMaxMs) / 2;
        estimate.concurrency = phase.users;
        const double cycleS = (estimate.expectedLatencyMs + estimate.meanThinkTimeMs) / 1000;
        if (cycleS > 0)
            estimate.throughputRps = phase.users / cycleS;
    } else {
        estimate.throughputRps = phase.arrivalRate;
        estimate.concurrency = phase.arrivalRate * estimate.expectedLatencyMs / 1000;
        estimate.exceedsMaxUsers = estimate.concurrency > phase.maxUsers;
    }
    if (estimate.throughputRps)
        estimate.expectedRequests = *estimate.throughputRps * (phase.durationS + phase.rampUpS / 2);
    return estimate;
}

PlanEstimate estimatePlan(const Plan &plan, const EstimateOptions &options)
{
    PlanEstimate result;
    double start = 0;
    for (const Phase &phase : plan.phases) {
        PhaseEstimate estimate = estimatePhase(plan, phase, options);
        estimate.startS = start;
        start += estimate.wallTimeS + plan.pauseBetweenPhasesS;
        if (estimate.throughputRps)
            result.totalRequests += estimate.expectedRequests;
        else
            result.allThroughputsKnown = false;
        result.phases.push_back(estimate);
    }
    result.totalDurationS = plan.totalDurationS();
    return result;
}

} // namespace ls
