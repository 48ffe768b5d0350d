#include "Worker.h"

#include <QUrl>

#include <chrono>
#include <cmath>
#include <ctime>

namespace ls {

namespace {
constexpr qint64 nsPerMs = 1'000'000;
constexpr qint64 nsPerS = 1'000'000'000;
// QTimer counts whole milliseconds. Waits are rounded down and events due within this tolerance are handled
// in the same pass: a send may go out up to 1 ms early (its latency then counts from the actual send), rather
// than up to 1 ms late on every timer round.
constexpr qint64 earlyToleranceNs = 1'000'000;

// Seconds after the phase start of arrival k (0-based) when the rate ramps linearly from 0 to `rate` over
// `ramp` seconds and then stays: during the ramp k(t) = rate t^2 / (2 ramp), afterwards k(t) grows by rate/s.
double arrivalTimeS(qint64 k, double rate, double ramp)
{
    const double rampArrivals = rate * ramp / 2.0;
    if (ramp > 0 && double(k) < rampArrivals)
        return std::sqrt(2.0 * ramp * double(k) / rate);
    return ramp + (double(k) - rampArrivals) / rate;
}
} // namespace

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 threadCpuNs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Worker::Worker(WorkerSetup setup)
    : m_setup(std::move(setup)), m_deck(m_setup.weights, m_setup.seed), m_rng(m_setup.seed * 7919 + 17), m_timer(this),
      m_stats(int(m_setup.weights.size()))
{
    m_context.rng = &m_rng;
    m_context.sequence = m_setup.sequence;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Worker::processDueEvents);
}

Worker::~Worker() = default;

bool Worker::init(QString *error)
{
    m_transport = createTransport(m_setup.transport, m_setup.transportOptions, error);
    return m_transport != nullptr;
}

void Worker::shutdown()
{
    m_timer.stop();
    m_users.clear();
    m_transport.reset();
}

void Worker::startPhase(const PhaseAssignment &assignment)
{
    m_phase = assignment;
    m_running = true;
    m_stopping = false;
    m_busy = 0;
    m_active = 0;
    m_interval = 0;
    m_nextArrival = 0;
    m_lastActivityNs = assignment.startNs;
    m_cpuMarkNs = threadCpuNs();
    m_stats.reset();
    m_events = {};
    m_users.clear();
    m_freeUsers.clear();

    if (assignment.model == LoadModel::Open) {
        // Users (connections) are made as arrivals need them, up to the shared max_users.
        m_nextArrival = m_setup.index;
        scheduleNextArrival();
    } else {
        const std::size_t userCount = assignment.userStartNs.size();
        m_users.resize(userCount);
        for (std::size_t i = 0; i < userCount; ++i) {
            m_users[i].connection = m_transport->createConnection();
            schedule(assignment.userStartNs[i], EventKind::UserStart, int(i));
        }
    }
    schedule(assignment.startNs + nsPerS, EventKind::Flush);
    schedule(assignment.loadEndNs, EventKind::LoadEnd);
    armTimer();
}

void Worker::stopPhase(bool immediate)
{
    if (!m_running)
        return;
    if (!m_stopping) {
        m_phase.loadEndNs = std::min(m_phase.loadEndNs, steadyNowNs());
        if (immediate)
            m_phase.gracefulStopNs = 0;
        beginLoadEnd();
    } else if (immediate) {
        schedule(steadyNowNs(), EventKind::GracefulDeadline);
        armTimer();
    }
}

void Worker::schedule(qint64 dueNs, EventKind kind, int user)
{
    m_events.push({dueNs, kind, user});
}

void Worker::armTimer()
{
    if (m_events.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 waitNs = m_events.top().dueNs - steadyNowNs();
    const qint64 waitMs = waitNs <= earlyToleranceNs ? 0 : waitNs / nsPerMs;
    m_timer.start(int(std::min<qint64>(waitMs, 1'000'000)));
}

void Worker::processDueEvents()
{
    while (!m_events.empty() && m_events.top().dueNs <= steadyNowNs() + earlyToleranceNs) {
        const Event event = m_events.top();
        m_events.pop();
        handle(event);
        if (!m_running)
            break;
    }
    if (m_running)
        armTimer();
}

void Worker::handle(const Event &event)
{
    switch (event.kind) {
    case EventKind::UserStart:
        if (m_stopping)
            return;
        m_users[std::size_t(event.user)].active = true;
        ++m_active;
        sendRequest(event.user, steadyNowNs(), false);
        return;
    case EventKind::UserNext:
        if (m_stopping)
            return;
        sendRequest(event.user, steadyNowNs(), false);
        return;
    case EventKind::Arrival: {
        if (m_stopping)
            return;
        const qint64 scheduledNs = event.dueNs;
        if (!takeUserSlot()) {
            // Nobody free to send it: counted, never silently skipped.
            RequestOutcome outcome;
            outcome.scenario = m_deck.next();
            outcome.error = errorKey(ErrorClass::Dropped);
            outcome.message = QStringLiteral("no free user at the scheduled send time (max_users reached)");
            m_stats.record(outcome);
        } else {
            if (m_freeUsers.empty()) {
                VirtualUser fresh;
                fresh.connection = m_transport->createConnection();
                m_users.push_back(std::move(fresh));
                m_freeUsers.push_back(int(m_users.size()) - 1);
            }
            const int user = m_freeUsers.back();
            m_freeUsers.pop_back();
            sendRequest(user, scheduledNs, true);
        }
        scheduleNextArrival();
        return;
    }
    case EventKind::Flush:
        flush(false);
        schedule(m_phase.startNs + qint64(m_interval + 1) * nsPerS, EventKind::Flush);
        return;
    case EventKind::LoadEnd:
        if (!m_stopping)
            beginLoadEnd();
        return;
    case EventKind::GracefulDeadline:
        // Abort what is still in flight; each abort completes (and is counted) synchronously.
        for (std::size_t i = 0; i < m_users.size(); ++i) {
            if (m_users[i].busy)
                m_users[i].connection->abort();
        }
        finishIfDrained();
        return;
    }
}

bool Worker::takeUserSlot()
{
    std::atomic<int> &slots = *m_phase.freeUserSlots;
    int free = slots.load(std::memory_order_relaxed);
    while (free > 0 && !slots.compare_exchange_weak(free, free - 1, std::memory_order_relaxed))
        ;
    return free > 0;
}

void Worker::scheduleNextArrival()
{
    const double t = arrivalTimeS(m_nextArrival, m_phase.arrivalRate, m_phase.rampUpS);
    const qint64 due = m_phase.startNs + qint64(t * double(nsPerS));
    m_nextArrival += m_phase.workerCount;
    if (due < m_phase.loadEndNs)
        schedule(due, EventKind::Arrival);
}

void Worker::sendRequest(int user, qint64 scheduledNs, bool openModel)
{
    VirtualUser &vu = m_users[std::size_t(user)];
    const int scenario = m_deck.next();
    HttpRequest request = m_setup.requests->build(scenario, m_context);
    vu.busy = true;
    ++m_busy;
    if (openModel)
        ++m_active;
    const qint64 sentNs = steadyNowNs();
    if (m_setup.followRedirects == 0) {
        vu.connection->send(request, m_phase.timeoutMs,
                            [this, user, scenario, scheduledNs, sentNs, openModel](HttpResponse &&response) {
                                onCompleted(user, scenario, scheduledNs, sentNs, openModel, std::move(response));
                            });
        return;
    }
    vu.request = std::move(request);
    vu.redirects = 0;
    vu.redirectBytesReceived = vu.redirectBytesSent = 0;
    sendHop(user, scenario, scheduledNs, sentNs, openModel);
}

void Worker::sendHop(int user, int scenario, qint64 scheduledNs, qint64 sentNs, bool openModel)
{
    VirtualUser &vu = m_users[std::size_t(user)];
    vu.connection->send(vu.request, m_phase.timeoutMs,
                        [this, user, scenario, scheduledNs, sentNs, openModel](HttpResponse &&response) {
                            if (followRedirect(user, scenario, scheduledNs, sentNs, openModel, response))
                                return;
                            VirtualUser &done = m_users[std::size_t(user)];
                            response.bodyBytes += done.redirectBytesReceived;
                            response.bytesSent += done.redirectBytesSent;
                            onCompleted(user, scenario, scheduledNs, sentNs, openModel, std::move(response));
                        });
}

bool Worker::followRedirect(int user, int scenario, qint64 scheduledNs, qint64 sentNs, bool openModel,
                            const HttpResponse &response)
{
    VirtualUser &vu = m_users[std::size_t(user)];
    const int status = response.status;
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!redirect || response.location.isEmpty() || vu.redirects >= m_setup.followRedirects)
        return false; // judged as it is: a 3xx beyond the limit fails a check expecting 2xx. A graceful stop
                      // lets a chain finish: it is one request.
    const QUrl from = QUrl::fromEncoded(vu.request.url);
    const QUrl to = from.resolved(QUrl::fromEncoded(response.location));
    if (!to.isValid() || (to.scheme() != QLatin1String("http") && to.scheme() != QLatin1String("https")))
        return false;
    ++vu.redirects;
    vu.redirectBytesReceived += response.bodyBytes;
    vu.redirectBytesSent += response.bytesSent;
    HttpRequest &next = vu.request;
    next.url = to.toEncoded(QUrl::RemoveFragment);
    auto dropHeaders = [&next](std::initializer_list<const char *> names) {
        std::erase_if(next.headers, [names](const std::pair<QByteArray, QByteArray> &h) {
            for (const char *name : names) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        });
    };
    // As browsers and curl do: 303, and 301/302 after a POST, continue as a GET without the body; 307 and 308
    // repeat the request as it was.
    if (status == 303 || ((status == 301 || status == 302) && next.method == "POST")) {
        next.method = QByteArrayLiteral("GET");
        next.body.clear();
        dropHeaders({"content-type", "content-length"});
    }
    // Credentials stay with the origin they were meant for.
    if (to.scheme() != from.scheme() || to.host() != from.host() || to.port() != from.port())
        dropHeaders({"authorization", "cookie", "proxy-authorization"});
    sendHop(user, scenario, scheduledNs, sentNs, openModel);
    return true;
}

void Worker::onCompleted(int user, int scenario, qint64 scheduledNs, qint64 sentNs, bool openModel,
                         HttpResponse &&response)
{
    const qint64 now = steadyNowNs();
    m_lastActivityNs = std::max(m_lastActivityNs, now);
    RequestOutcome outcome;
    outcome.scenario = scenario;
    // Timed to when the response arrived where the transport knows it: the worker may have been busy since.
    const bool arrivalKnown = response.arrivedNs > 0 && response.arrivedNs <= now;
    const qint64 endNs = arrivalKnown ? std::max(response.arrivedNs, sentNs) : now;
    outcome.latencyUs = (endNs - std::min(scheduledNs, sentNs)) / 1000;
    if (arrivalKnown)
        outcome.receiveLagUs = (now - endNs) / 1000;
    if (openModel)
        outcome.sendLagUs = std::max<qint64>(0, sentNs - scheduledNs) / 1000;
    m_setup.requests->judge(scenario, response, outcome);
    if (response.error == ErrorClass::Aborted && outcome.message.isEmpty())
        outcome.message = QStringLiteral("still in flight when the graceful stop ended");
    m_stats.record(outcome);

    VirtualUser &vu = m_users[std::size_t(user)];
    vu.busy = false;
    --m_busy;
    if (openModel) {
        --m_active;
        m_freeUsers.push_back(user);
        m_phase.freeUserSlots->fetch_add(1, std::memory_order_relaxed);
    }
    if (m_stopping) {
        if (!openModel && vu.active) {
            vu.active = false;
            --m_active;
        }
        finishIfDrained();
        return;
    }
    if (!openModel)
        afterRequest(user);
}

void Worker::afterRequest(int user)
{
    const qint64 think = thinkTimeNs();
    if (think > 0) {
        schedule(steadyNowNs() + think, EventKind::UserNext, user);
        armTimer();
    } else {
        sendRequest(user, steadyNowNs(), false);
    }
}

qint64 Worker::thinkTimeNs()
{
    if (m_phase.thinkMaxMs <= 0)
        return 0;
    std::uniform_real_distribution<double> dist(m_phase.thinkMinMs, m_phase.thinkMaxMs);
    return qint64(dist(m_rng) * double(nsPerMs));
}

void Worker::beginLoadEnd()
{
    m_stopping = true;
    // Users between requests (thinking, or not started yet) leave now; busy ones leave when done.
    for (VirtualUser &vu : m_users) {
        if (vu.active && !vu.busy) {
            vu.active = false;
            --m_active;
        }
    }
    schedule(m_phase.loadEndNs + m_phase.gracefulStopNs, EventKind::GracefulDeadline);
    finishIfDrained();
    if (m_running)
        armTimer();
}

void Worker::flush(bool last)
{
    IntervalReport report;
    report.worker = m_setup.index;
    report.phaseIndex = m_phase.phaseIndex;
    report.interval = m_interval;
    report.endNs =
        last ? std::max(m_lastActivityNs, m_phase.startNs) : m_phase.startNs + qint64(m_interval + 1) * nsPerS;
    report.activeUsers = m_active;
    report.last = last;
    const qint64 cpuNow = threadCpuNs();
    report.cpuNs = cpuNow - m_cpuMarkNs;
    m_cpuMarkNs = cpuNow;
    auto stats = std::make_shared<StatsBlock>(int(m_setup.weights.size()));
    std::swap(*stats, m_stats);
    report.stats = std::move(stats);
    ++m_interval;
    m_setup.onInterval(std::move(report));
}

void Worker::finishIfDrained()
{
    if (m_running && m_stopping && m_busy == 0)
        finishPhase();
}

void Worker::finishPhase()
{
    m_running = false;
    m_timer.stop();
    m_events = {};
    m_lastActivityNs = std::max(m_lastActivityNs, m_phase.loadEndNs);
    flush(true);
    // Users (and their connections) stay until the next phase or shutdown: this may run from inside a
    // connection's completion callback, which must not destroy that connection.
    m_setup.onPhaseDone(m_setup.index, m_phase.phaseIndex, m_lastActivityNs);
}

} // namespace ls
