#include "PhaseStats.h"

namespace ls {

bool ScenarioBlock::add(const ScenarioBlock &other)
{
    if (!latency.add(other.latency))
        return false;
    requests += other.requests;
    successes += other.successes;
    mergeTallies(errors, other.errors);
    return true;
}

StatsBlock::StatsBlock(int scenarioCount) : scenarios(static_cast<std::size_t>(scenarioCount)) {}

void StatsBlock::record(const RequestOutcome &outcome)
{
    const ErrorClass cls = errorClassOf(outcome.error);
    const bool success = cls == ErrorClass::None;
    const bool answered = cls != ErrorClass::Dropped && cls != ErrorClass::Aborted;
    ++requests;
    bytesReceived += outcome.bytesReceived;
    bytesSent += outcome.bytesSent;
    if (success)
        ++successes;
    else
        addTally(errors, outcome.error, 1, outcome.message);
    if (cls == ErrorClass::Dropped)
        ++dropped;
    if (cls == ErrorClass::Aborted)
        ++aborted;
    if (answered)
        latency.record(outcome.latencyUs);
    if (outcome.sendLagUs >= 0)
        sendLag.record(outcome.sendLagUs);
    if (outcome.receiveLagUs >= 0)
        receiveLag.record(outcome.receiveLagUs);

    if (outcome.scenario >= 0 && outcome.scenario < static_cast<int>(scenarios.size())) {
        ScenarioBlock &scenario = scenarios[static_cast<std::size_t>(outcome.scenario)];
        ++scenario.requests;
        if (success)
            ++scenario.successes;
        else
            addTally(scenario.errors, outcome.error, 1, outcome.message);
        if (answered)
            scenario.latency.record(outcome.latencyUs);
    }
}

bool StatsBlock::add(const StatsBlock &other)
{
    if (other.scenarios.size() != scenarios.size())
        return false;
    if (!latency.add(other.latency) || !sendLag.add(other.sendLag) || !receiveLag.add(other.receiveLag))
        return false;
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        scenarios[i].add(other.scenarios[i]);
    requests += other.requests;
    successes += other.successes;
    dropped += other.dropped;
    aborted += other.aborted;
    bytesReceived += other.bytesReceived;
    bytesSent += other.bytesSent;
    mergeTallies(errors, other.errors);
    return true;
}

void StatsBlock::reset()
{
    // In place: the histograms' counts arrays are reused rather than reallocated every second.
    requests = successes = dropped = aborted = bytesReceived = bytesSent = 0;
    latency.reset();
    sendLag.reset();
    receiveLag.reset();
    errors.clear();
    for (ScenarioBlock &scenario : scenarios) {
        scenario.latency.reset();
        scenario.requests = scenario.successes = 0;
        scenario.errors.clear();
    }
}

} // namespace ls
