#include "DemoState.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ls::demo {

namespace {

void raisePeak(std::atomic<int> &peak, int value)
{
    int current = peak.load(std::memory_order_relaxed);
    while (value > current && !peak.compare_exchange_weak(current, value, std::memory_order_relaxed)) {
    }
}

} // namespace

double sampleLatency(const LatencySpec &spec, std::mt19937_64 &rng)
{
    switch (spec.kind) {
    case LatencySpec::Kind::Fixed:
        return spec.a;
    case LatencySpec::Kind::Uniform:
        return spec.b > spec.a ? std::uniform_real_distribution<double>(spec.a, spec.b)(rng) : spec.a;
    case LatencySpec::Kind::Normal:
        return spec.b > 0 ? std::max(0.0, std::normal_distribution<double>(spec.a, spec.b)(rng)) : spec.a;
    case LatencySpec::Kind::Exponential:
        return spec.a > 0 ? std::exponential_distribution<double>(1.0 / spec.a)(rng) : 0.0;
    case LatencySpec::Kind::LogNormal: {
        // median = e^mu, p99 = e^(mu + 2.3263 sigma)
        if (spec.a <= 0)
            return 0;
        const double mu = std::log(spec.a);
        const double sigma = spec.b > spec.a ? (std::log(spec.b) - mu) / 2.326347874 : 0.0;
        return sigma > 0 ? std::lognormal_distribution<double>(mu, sigma)(rng) : spec.a;
    }
    }
    return 0;
}

DemoTargetConfig ConfigStore::get() const
{
    std::lock_guard lock(mutex_);
    return config_;
}

void ConfigStore::set(const DemoTargetConfig &config)
{
    std::lock_guard lock(mutex_);
    config_ = config;
    version_.fetch_add(1, std::memory_order_release);
}

bool ConfigStore::update(const std::function<bool(DemoTargetConfig &, QString *)> &edit, QString *error)
{
    std::lock_guard lock(mutex_);
    DemoTargetConfig copy = config_;
    if (!edit(copy, error))
        return false;
    config_ = std::move(copy);
    version_.fetch_add(1, std::memory_order_release);
    return true;
}

bool ConfigStore::refresh(DemoTargetConfig *local, quint64 *version) const
{
    if (version_.load(std::memory_order_acquire) == *version)
        return false;
    std::lock_guard lock(mutex_);
    *local = config_;
    *version = version_.load(std::memory_order_relaxed);
    return true;
}

void StatsCounters::connectionOpened()
{
    raisePeak(peakOpen_, open_.fetch_add(1, std::memory_order_relaxed) + 1);
}

void StatsCounters::requestStarted()
{
    raisePeak(peakInFlight_, inFlight_.fetch_add(1, std::memory_order_relaxed) + 1);
}

void StatsCounters::requestFinished(int status)
{
    inFlight_.fetch_sub(1, std::memory_order_relaxed);
    requests_.fetch_add(1, std::memory_order_relaxed);
    if (status >= 200 && status < 300)
        s2xx_.fetch_add(1, std::memory_order_relaxed);
    else if (status >= 400 && status < 500)
        s4xx_.fetch_add(1, std::memory_order_relaxed);
    else if (status >= 500)
        s5xx_.fetch_add(1, std::memory_order_relaxed);
    if (status == 429)
        s429_.fetch_add(1, std::memory_order_relaxed);
    else if (status == 503)
        s503_.fetch_add(1, std::memory_order_relaxed);
}

void StatsCounters::fill(DemoTargetStats *s) const
{
    s->requests = requests_.load(std::memory_order_relaxed);
    s->connectionsAccepted = accepted_.load(std::memory_order_relaxed);
    s->openConnections = std::max(0, open_.load(std::memory_order_relaxed));
    s->peakOpenConnections = peakOpen_.load(std::memory_order_relaxed);
    s->inFlight = std::max(0, inFlight_.load(std::memory_order_relaxed));
    s->peakInFlight = peakInFlight_.load(std::memory_order_relaxed);
    s->status2xx = s2xx_.load(std::memory_order_relaxed);
    s->status4xx = s4xx_.load(std::memory_order_relaxed);
    s->status5xx = s5xx_.load(std::memory_order_relaxed);
    s->status429 = s429_.load(std::memory_order_relaxed);
    s->status503 = s503_.load(std::memory_order_relaxed);
    s->fallbackResponses = fallback_.load(std::memory_order_relaxed);
    s->queueProcessed = queueProcessed_.load(std::memory_order_relaxed);
}

void StatsCounters::reset()
{
    for (auto *c : {&requests_, &accepted_, &s2xx_, &s4xx_, &s5xx_, &s429_, &s503_, &fallback_, &queueProcessed_})
        c->store(0, std::memory_order_relaxed);
    peakOpen_.store(open_.load(std::memory_order_relaxed), std::memory_order_relaxed);
    peakInFlight_.store(inFlight_.load(std::memory_order_relaxed), std::memory_order_relaxed);
}

CircuitBreaker::Decision CircuitBreaker::before(double openS)
{
    std::lock_guard lock(mutex_);
    switch (state_) {
    case State::Closed:
        return Decision::Call;
    case State::Open:
        if (Clock::now() - openedAt_ < std::chrono::duration<double>(openS))
            return Decision::Fallback;
        state_ = State::HalfOpen;
        [[fallthrough]];
    case State::HalfOpen:
        if (probeInFlight_)
            return Decision::Fallback;
        probeInFlight_ = true;
        return Decision::Probe;
    }
    return Decision::Fallback;
}

void CircuitBreaker::after(Decision decision, bool success, int failureThreshold)
{
    std::lock_guard lock(mutex_);
    if (decision == Decision::Probe) {
        probeInFlight_ = false;
        failures_ = 0;
        state_ = success ? State::Closed : State::Open;
        openedAt_ = Clock::now();
        return;
    }
    // Calls started while closed that finish after the breaker opened do not count again.
    if (decision != Decision::Call || state_ != State::Closed)
        return;
    if (success) {
        failures_ = 0;
    } else if (++failures_ >= std::max(1, failureThreshold)) {
        state_ = State::Open;
        failures_ = 0;
        openedAt_ = Clock::now();
    }
}

QString CircuitBreaker::stateName(double openS) const
{
    std::lock_guard lock(mutex_);
    switch (state_) {
    case State::Closed:
        return u"closed"_s;
    case State::HalfOpen:
        return u"half-open"_s;
    case State::Open:
        // Once the open time is over, the next request is the probe: report it as half-open already.
        return Clock::now() - openedAt_ < std::chrono::duration<double>(openS) ? u"open"_s : u"half-open"_s;
    }
    return u"closed"_s;
}

bool RateLimiter::tryAcquire(double rps)
{
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    const double burst = std::max(1.0, rps);
    if (rps != rps_) {
        // New rate (or first use): start with a full bucket.
        rps_ = rps;
        tokens_ = burst;
    } else {
        tokens_ = std::min(burst, tokens_ + std::chrono::duration<double>(now - last_).count() * rps);
    }
    last_ = now;
    if (tokens_ < 1)
        return false;
    tokens_ -= 1;
    return true;
}

WebhookQueue::Enqueued WebhookQueue::enqueue(int capacity, int workers)
{
    std::lock_guard lock(mutex_);
    Enqueued e;
    if (length_ >= capacity)
        return e;
    e.accepted = true;
    e.position = ++length_;
    if (busyWorkers_ < workers) {
        ++busyWorkers_;
        e.startWorker = true;
    } else {
        ++waiting_;
    }
    return e;
}

bool WebhookQueue::finishJob(int workers)
{
    std::lock_guard lock(mutex_);
    --length_;
    if (waiting_ > 0 && busyWorkers_ <= workers) {
        --waiting_;
        return true;
    }
    --busyWorkers_;
    return false;
}

int WebhookQueue::length() const
{
    std::lock_guard lock(mutex_);
    return length_;
}

DemoTargetStats SharedState::snapshot() const
{
    DemoTargetStats s;
    stats.fill(&s);
    s.breakerState = breaker.stateName(config.get().breakerOpenS);
    s.queueLength = queue.length();
    return s;
}

} // namespace ls::demo
