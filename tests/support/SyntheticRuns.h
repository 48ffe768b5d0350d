#pragma once
// Runs made up for tests of comparisons: phases whose per-second throughput and latency scatter around given
// means, recorded through the same StatsBlock/TimelinePoint types the engine fills.

#include "Report.h"

#include <vector>

namespace ls::test {

// A closed-model phase of `seconds` steady seconds: per second, throughput about rps and P95 about p95Ms, each
// with normal relative noise `noise` (0: exact), drawn from `seed`.
PhaseResult syntheticPhase(const QString &name, int users, double rps, double p95Ms, int seconds, double noise,
                           quint64 seed, double startS = 0);
// A finished run of these phases under a plan of that name (one scenario).
RunReport syntheticRun(std::vector<PhaseResult> phases, const QString &planName = QStringLiteral("plan"));

// The seed's four levels (baseline 50, normal 200, peak 500, stress 1000 users) with a P95 target of goal 200 /
// critical 500 ms; `slowdown` multiplies latency and divides throughput at peak and stress, noise as above.
RunReport seedLikeRun(double slowdown, quint64 seed, double noise,
                      const QString &stressName = QStringLiteral("stress"));

} // namespace ls::test
