#pragma once
// State the demo target's threads share: the configuration, counters, circuit breaker, rate limiter and webhook
// queue. Everything here is thread-safe (std::mutex or atomics, so ThreadSanitizer can see the synchronisation).
// Internal to lscore_demo.

#include "DemoTarget.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <random>

namespace ls::demo {

using Clock = std::chrono::steady_clock;

// Draws one latency in milliseconds (never negative).
double sampleLatency(const LatencySpec &spec, std::mt19937_64 &rng);

class ConfigStore
{
public:
    explicit ConfigStore(DemoTargetConfig config) : config_(std::move(config)) {}

    DemoTargetConfig get() const;
    void set(const DemoTargetConfig &config);
    // Changes the configuration atomically: edit gets a copy and returns false (with a message) to discard it.
    bool update(const std::function<bool(DemoTargetConfig &, QString *)> &edit, QString *error);
    // Copies the configuration into *local if it changed since *version; cheap when it did not.
    bool refresh(DemoTargetConfig *local, quint64 *version) const;

private:
    mutable std::mutex mutex_;
    DemoTargetConfig config_;
    std::atomic<quint64> version_{1};
};

class StatsCounters
{
public:
    void connectionAccepted() { accepted_.fetch_add(1, std::memory_order_relaxed); }
    void connectionOpened();
    void connectionClosed() { open_.fetch_sub(1, std::memory_order_relaxed); }
    void requestStarted();
    void requestAbandoned() { inFlight_.fetch_sub(1, std::memory_order_relaxed); } // connection went away
    void requestFinished(int status);
    void fallbackServed() { fallback_.fetch_add(1, std::memory_order_relaxed); }
    void jobProcessed() { queueProcessed_.fetch_add(1, std::memory_order_relaxed); }

    void fill(DemoTargetStats *stats) const;
    void reset(); // counters to zero, peaks to the current levels

private:
    std::atomic<qint64> requests_{0}, accepted_{0};
    std::atomic<int> open_{0}, peakOpen_{0}, inFlight_{0}, peakInFlight_{0};
    std::atomic<qint64> s2xx_{0}, s4xx_{0}, s5xx_{0}, s429_{0}, s503_{0};
    std::atomic<qint64> fallback_{0}, queueProcessed_{0};
};

// Closed -> (threshold consecutive failures) -> open -> (openS elapsed) -> one half-open probe -> closed or open.
class CircuitBreaker
{
public:
    enum class Decision
    {
        Call,     // breaker closed: call downstream
        Probe,    // the single half-open trial call
        Fallback, // open: do not call
    };
    Decision before(double openS);
    // Records the outcome of a Call or Probe.
    void after(Decision decision, bool success, int failureThreshold);
    QString stateName(double openS) const;

private:
    enum class State
    {
        Closed,
        Open,
        HalfOpen,
    };
    mutable std::mutex mutex_;
    State state_ = State::Closed;
    int failures_ = 0;
    bool probeInFlight_ = false;
    Clock::time_point openedAt_;
};

// Token bucket holding one second's worth of requests.
class RateLimiter
{
public:
    bool tryAcquire(double rps);

private:
    std::mutex mutex_;
    double tokens_ = 0;
    double rps_ = 0;
    Clock::time_point last_;
};

// The webhook queue: its length counts waiting jobs and jobs being worked on. Workers are virtual: whoever
// enqueues while a worker is free starts one (a timer in that thread), and a finishing worker takes the next job.
class WebhookQueue
{
public:
    struct Enqueued
    {
        bool accepted = false;
        int position = 0;         // queue length including this job
        bool startWorker = false; // the caller starts a worker for a job
    };
    Enqueued enqueue(int capacity, int workers);
    // A worker finished a job; true if it should go on with the next one.
    bool finishJob(int workers);
    int length() const;

private:
    mutable std::mutex mutex_;
    int length_ = 0;
    int waiting_ = 0;
    int busyWorkers_ = 0;
};

struct SharedState
{
    explicit SharedState(DemoTargetConfig config) : config(std::move(config)) {}

    ConfigStore config;
    StatsCounters stats;
    CircuitBreaker breaker;
    RateLimiter limiter;
    WebhookQueue queue;
    std::atomic<quint16> boundPort{0};

    DemoTargetStats snapshot() const;
};

} // namespace ls::demo
