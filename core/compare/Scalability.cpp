#include "Scalability.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

// Sentences shown in the app, the CLI and the PDF, translated in the "Scalability" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Scalability)
};

constexpr CompareMetricInfo metricInfos[] = {
    {"throughput_rps", "Throughput", "req/s", true, true},
    {"success_rate", "Success rate", "%", true, true},
    {"error_rate", "Error rate", "%", false, true},
    {"avg_ms", "Mean", "ms", false, false},
    {"p50_ms", "P50", "ms", false, true},
    {"p90_ms", "P90", "ms", false, false},
    {"p95_ms", "P95", "ms", false, true},
    {"p99_ms", "P99", "ms", false, true},
    {"max_ms", "Max", "ms", false, false},
    {"requests", "Requests", "", true, false},
};
static_assert(std::size(metricInfos) == std::size(allCompareMetrics));

// Thresholds of the knee: a step in load whose throughput gain is under half of the load gain scales badly;
// with P95 up by a fifth at the same time, the system is past its knee.
constexpr double poorScaling = 0.5;
constexpr double p95Climb = 1.2;

void set(PhaseFigures &f, CompareMetric m, double v)
{
    f.values[std::size_t(m)] = v;
}

QString number(double v)
{
    return QString::number(v, 'f', v >= 100 ? 0 : 1);
}

} // namespace

const CompareMetricInfo &compareMetricInfo(CompareMetric metric)
{
    return metricInfos[std::size_t(metric)];
}

PhaseFigures phaseFigures(const RunReport &report, int phaseIndex)
{
    const PhaseResult &phase = report.phases.at(std::size_t(phaseIndex));
    PhaseFigures f;
    f.index = phaseIndex;
    f.name = phase.phase.name;
    f.openModel = phase.phase.model == LoadModel::Open;
    f.load = f.openModel ? phase.phase.arrivalRate : double(phase.phase.users);
    f.verdict = phase.verdict;
    const StatsBlock &t = phase.totals;
    for (const auto &[key, tally] : t.errors)
        f.errors[key] = tally.count;
    if (t.requests > 0) {
        set(f, CompareMetric::Requests, double(t.requests));
        set(f, CompareMetric::SuccessRate, 100.0 * double(t.successes) / double(t.requests));
        set(f, CompareMetric::ErrorRate, 100.0 * double(t.failures()) / double(t.requests));
    }
    if (phase.elapsedS > 0 && t.completed() > 0)
        set(f, CompareMetric::Throughput, double(t.completed()) / phase.elapsedS);
    // From the samples; for an imported summary without samples, what it states (NaN where it states nothing).
    const std::optional<LatencySummary> latency =
        !t.latency.isEmpty() ? std::optional(LatencySummary::of(t.latency)) : phase.statedLatency;
    if (latency) {
        set(f, CompareMetric::Mean, latency->meanMs);
        set(f, CompareMetric::P50, latency->p50Ms);
        set(f, CompareMetric::P90, latency->p90Ms);
        set(f, CompareMetric::P95, latency->p95Ms);
        set(f, CompareMetric::P99, latency->p99Ms);
        set(f, CompareMetric::Max, latency->maxMs);
    }

    // Steady-state seconds: after the ramp-up, whole seconds only, with requests in them.
    double phaseStart = -1;
    for (const TimelinePoint &p : phase.timeline) {
        if (phaseStart < 0)
            phaseStart = p.startS;
        if (p.startS < phaseStart + phase.phase.rampUpS - 1e-9 || p.lengthS < 0.9 || p.requests == 0)
            continue;
        auto add = [&](CompareMetric m, double v) { f.perSecond[std::size_t(m)].push_back(v); };
        add(CompareMetric::Throughput, p.rps);
        add(CompareMetric::SuccessRate, 100.0 - p.errorRatePercent());
        add(CompareMetric::ErrorRate, p.errorRatePercent());
        if (p.completed > 0) {
            add(CompareMetric::P50, p.p50Ms);
            add(CompareMetric::P95, p.p95Ms);
            add(CompareMetric::P99, p.p99Ms);
        }
    }
    return f;
}

std::vector<PhaseFigures> phaseFigures(const RunReport &report)
{
    std::vector<PhaseFigures> out;
    for (int i = 0; i < int(report.phases.size()); ++i)
        out.push_back(phaseFigures(report, i));
    return out;
}

double p95GoalOf(const RunReport &report)
{
    for (const Target &t : report.plan.targets) {
        if (t.metric == Metric::P95Ms)
            return t.goal;
    }
    return PhaseFigures::none;
}

KneeFinding findKnee(const std::vector<PhaseFigures> &phases, double p95GoalMs)
{
    KneeFinding out;
    // One load model (the majority's), one level per load value (the later phase of equal loads wins: a repeat).
    const auto open = std::count_if(phases.begin(), phases.end(), [](const PhaseFigures &p) { return p.openModel; });
    const bool useOpen = open * 2 > qsizetype(phases.size());
    std::vector<const PhaseFigures *> levels;
    for (const PhaseFigures &p : phases) {
        if (p.openModel != useOpen || p.load <= 0 || std::isnan(p.value(CompareMetric::Throughput)))
            continue;
        const auto same =
            std::find_if(levels.begin(), levels.end(), [&](const PhaseFigures *l) { return l->load == p.load; });
        if (same != levels.end())
            *same = &p;
        else
            levels.push_back(&p);
    }
    std::sort(levels.begin(), levels.end(),
              [](const PhaseFigures *a, const PhaseFigures *b) { return a->load < b->load; });
    const QString unit = useOpen ? Text::tr("req/s offered") : Text::tr("users");
    if (levels.size() < 3) {
        out.sentence = Text::tr("Not enough load levels to find where scaling stops: it needs at least three "
                                "phases with different %1 (this run has %2).")
                           .arg(unit)
                           .arg(levels.size());
        return out;
    }

    auto withinGoal = [&](const PhaseFigures *l) {
        const double p95 = l->value(CompareMetric::P95);
        return std::isnan(p95GoalMs) || (!std::isnan(p95) && p95 <= p95GoalMs);
    };
    for (std::size_t i = 1; i < levels.size() && out.kneePhase < 0; ++i) {
        const PhaseFigures &a = *levels[i - 1];
        const PhaseFigures &b = *levels[i];
        const double loadGain = (b.load - a.load) / a.load;
        const double throughputGain = (b.value(CompareMetric::Throughput) - a.value(CompareMetric::Throughput)) /
                                      a.value(CompareMetric::Throughput);
        const double p95a = a.value(CompareMetric::P95);
        const double p95b = b.value(CompareMetric::P95);
        const bool climbing = !std::isnan(p95a) && !std::isnan(p95b) && p95b > p95Climb * p95a;
        if (throughputGain < poorScaling * loadGain && climbing) {
            out.kind = KneeFinding::Kind::Knee;
            out.kneePhase = b.index;
            out.sentence = Text::tr("Scaling stops between %1 and %2 %3: throughput %4%5% for %6% more load, "
                                    "while P95 went from %7 to %8 ms.")
                               .arg(number(a.load), number(b.load), unit)
                               .arg(throughputGain >= 0 ? QStringLiteral("+") : QString())
                               .arg(number(100 * throughputGain), number(100 * loadGain), number(p95a), number(p95b));
        }
    }
    // The capacity: the best throughput of a level within the P95 goal.
    const PhaseFigures *best = nullptr;
    for (const PhaseFigures *l : levels) {
        if (withinGoal(l) && (!best || l->value(CompareMetric::Throughput) > best->value(CompareMetric::Throughput)))
            best = l;
    }
    const QString goalText = std::isnan(p95GoalMs) ? Text::tr("(the plan sets no P95 goal)")
                                                   : Text::tr("at P95 under the goal of %1 ms").arg(number(p95GoalMs));
    if (best) {
        out.capacityPhase = best->index;
        out.capacityRps = best->value(CompareMetric::Throughput);
        out.capacityLoad = best->load;
    }
    if (out.kind == KneeFinding::Kind::Knee) {
        out.sentence += best ? Text::tr(" Capacity: about %1 req/s %2, reached at ~%3 %4.")
                                   .arg(number(out.capacityRps), goalText, number(out.capacityLoad), unit)
                             : Text::tr(" No level kept P95 under the goal of %1 ms.").arg(number(p95GoalMs));
        return out;
    }
    out.kind = KneeFinding::Kind::StillScaling;
    const PhaseFigures &top = *levels.back();
    out.sentence = Text::tr("Throughput still rises with load up to the highest level tested (%1 %2, %3 req/s): "
                            "the knee lies beyond it; test higher loads to find it.")
                       .arg(number(top.load), unit, number(top.value(CompareMetric::Throughput)));
    if (best)
        out.sentence += Text::tr(" So far: about %1 req/s %2, reached at ~%3 %4.")
                            .arg(number(out.capacityRps), goalText, number(out.capacityLoad), unit);
    return out;
}

} // namespace ls
