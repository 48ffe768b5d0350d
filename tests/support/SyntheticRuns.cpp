#include "SyntheticRuns.h"

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace ls::test {

// A closed-model phase of `seconds` steady seconds whose per-second throughput and latency scatter normally
// around the given means (relative noise `noise`), recorded as the engine would.
PhaseResult syntheticPhase(const QString &name, int users, double rps, double p95Ms, int seconds, double noise,
                           quint64 seed, double startS)
{
    PhaseResult p;
    p.phase.name = name;
    p.phase.users = users;
    p.phase.durationS = seconds;
    p.totals = StatsBlock(1);
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> jitter(1.0, noise);
    for (int s = 0; s < seconds; ++s) {
        const double secondRps = std::max(1.0, rps * jitter(rng));
        const double secondP95 = std::max(0.1, p95Ms * jitter(rng));
        TimelinePoint t;
        t.startS = startS + s;
        t.requests = t.successes = t.completed = qint64(secondRps);
        t.rps = secondRps;
        // Latencies in the second: spread so that their 95th percentile is about secondP95.
        StatsBlock second(1);
        for (qint64 i = 0; i < t.requests; ++i) {
            RequestOutcome o;
            o.latencyUs = qint64(1000.0 * secondP95 * (0.5 + 0.5 * double(i) / double(t.requests)) / 0.975);
            second.record(o);
        }
        t.p50Ms = double(second.latency.valueAtPercentile(50)) / 1000.0;
        t.p95Ms = double(second.latency.valueAtPercentile(95)) / 1000.0;
        t.p99Ms = double(second.latency.valueAtPercentile(99)) / 1000.0;
        p.totals.add(second);
        p.timeline.push_back(t);
    }
    p.loadS = p.elapsedS = seconds;
    return p;
}

RunReport syntheticRun(std::vector<PhaseResult> phases, const QString &planName)
{
    RunReport r;
    r.plan.name = planName;
    r.plan.baseUrl = u"http://127.0.0.1:1"_s;
    Scenario s;
    s.name = u"only"_s;
    s.path = u"/"_s;
    r.plan.scenarios = {s};
    for (PhaseResult &p : phases)
        r.plan.phases.push_back(p.phase);
    r.phases = std::move(phases);
    r.startedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    r.endedAt = r.startedAt.addSecs(600);
    r.complete = true;
    return r;
}

RunReport seedLikeRun(double slowdown, quint64 seed, double noise, const QString &stressName)
{
    RunReport r = syntheticRun({syntheticPhase(u"baseline"_s, 50, 100, 120, 30, noise, seed),
                                syntheticPhase(u"normal"_s, 200, 400, 130, 30, noise, seed + 1),
                                syntheticPhase(u"peak"_s, 500, 980 / slowdown, 180 * slowdown, 30, noise, seed + 2),
                                syntheticPhase(stressName, 1000, 1010 / slowdown, 900 * slowdown, 30, noise, seed + 3)},
                               u"AskProAI"_s);
    Target p95;
    p95.metric = Metric::P95Ms;
    p95.goal = 200;
    p95.critical = 500;
    r.plan.targets = {p95};
    for (PhaseResult &p : r.phases)
        p.targets = {p95};
    r.evaluate();
    return r;
}

} // namespace ls::test
