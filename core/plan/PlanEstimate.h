#pragma once
// The planning estimate: how long a plan runs and, per phase, how hard it loads the target and how many
// requests it sends, before anything has run.
//
// Closed model, Little's law: throughput = users / (expected latency + mean think time).
// Open model: throughput = the arrival rate; Little's law then gives the requests in flight it needs
// (rate x latency), which may be more than max_users allows.
// The expected latency of a phase is the goal of its effective p50 target, else of its avg target, else of
// its p95 target (a pessimistic stand-in for the median), else a value the user assumes.

#include "Plan.h"

#include <optional>
#include <vector>

namespace ls {

enum class LatencySource
{
    P50Goal, // the phase's effective p50_ms goal
    AvgGoal, // the phase's effective avg_ms goal
    P95Goal, // the phase's effective p95_ms goal
    Assumed, // EstimateOptions::assumedLatencyMs
};

struct EstimateOptions
{
    double assumedLatencyMs = 100;     // for phases without a latency target
    bool preferAssumedLatency = false; // use assumedLatencyMs for every phase, whatever its targets say
};

struct PhaseEstimate
{
    double expectedLatencyMs = 0;
    LatencySource latencySource = LatencySource::Assumed;
    double meanThinkTimeMs = 0; // closed model: (min + max) / 2; open model: 0
    // Requests per second at full load; empty when latency and think time are both 0 (no finite answer).
    std::optional<double> throughputRps;
    // Requests sent in the phase: full load for duration_s, half of it on average during the linear ramp-up,
    // none in the graceful stop (requests in flight only finish). 0 when the throughput is unknown.
    double expectedRequests = 0;
    double concurrency = 0;       // requests in flight at full load: users (closed), rate x latency (open)
    bool exceedsMaxUsers = false; // open model: max_users is below that concurrency, so arrivals get dropped
    double startS = 0;            // when the phase starts, counted from the start of the run
    double wallTimeS = 0;         // ramp-up + duration + graceful stop
};

struct PlanEstimate
{
    std::vector<PhaseEstimate> phases; // in plan order
    double totalDurationS = 0;         // phases, ramp-ups, graceful stops and the pauses between phases
    double totalRequests = 0;          // sum over the phases whose throughput is known
    bool allThroughputsKnown = true;
};

// The expected latency a phase's estimate uses, and where it comes from.
std::pair<double, LatencySource> expectedLatency(const Plan &plan, const Phase &phase, const EstimateOptions &options);
PhaseEstimate estimatePhase(const Plan &plan, const Phase &phase, const EstimateOptions &options = {});
PlanEstimate estimatePlan(const Plan &plan, const EstimateOptions &options = {});

} // namespace ls
