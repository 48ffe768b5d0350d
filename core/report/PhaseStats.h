#pragma once
// Mergeable accumulators for request outcomes. Workers fill one StatsBlock per second and hand it to the
// engine, which merges them into the phase's totals and the per-second timeline. Merging is exact.

#include "ErrorClass.h"
#include "Histogram.h"

#include <QString>

#include <vector>

namespace ls {

// What one request came to. Latency is measured from the scheduled send time in the open model
// (coordinated-omission correct) and from the actual send time in the closed model.
struct RequestOutcome
{
    int scenario = 0;
    ErrorKey error = errorKey(ErrorClass::None);
    int httpStatus = 0; // 0 when no response
    qint64 latencyUs = 0;
    qint64 sendLagUs = -1;    // open model only: actual minus scheduled send time
    qint64 receiveLagUs = -1; // when the transport knows the arrival time: handled minus arrived
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    QString message; // only for failures
};

struct ScenarioBlock
{
    Histogram latency; // successful and failed responses (not dropped/aborted)
    qint64 requests = 0;
    qint64 successes = 0;
    ErrorTallies errors;

    bool add(const ScenarioBlock &other);
};

struct StatsBlock
{
    explicit StatsBlock(int scenarioCount = 0);

    void record(const RequestOutcome &outcome);
    bool add(const StatsBlock &other); // exact merge; false if shapes differ
    void reset();
    bool isEmpty() const { return requests == 0; }

    qint64 requests = 0; // every attempt: successes + failures (dropped and aborted included)
    qint64 successes = 0;
    qint64 dropped = 0;
    qint64 aborted = 0;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    Histogram latency;    // of completed requests (with a response or a network error), in us
    Histogram sendLag;    // open model, in us
    Histogram receiveLag; // responses waiting for a busy worker after they arrived, in us (native transport)
    ErrorTallies errors;
    std::vector<ScenarioBlock> scenarios;

    qint64 failures() const { return requests - successes; }
    // Requests that got an answer or a network error (not dropped before sending, not aborted at the end).
    qint64 completed() const { return requests - dropped - aborted; }
    // Requests that went out on the wire.
    qint64 sent() const { return requests - dropped; }
};

} // namespace ls
