#include "LoadEngine.h"

#include "FileLimit.h"
#include "HttpSettingsJson.h"
#include "Template.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {
constexpr qint64 nsPerS = 1'000'000'000;

// ${env:NAME} in a proxy address or password, resolved once for the run.
bool resolveEnvironment(const QString &text, const char *field, QString *out, QString *error)
{
    Template t;
    QString why;
    if (!Template::compile(text, &t, &why)) {
        *error = QStringLiteral("%1: %2").arg(QLatin1StringView(field), why);
        return false;
    }
    TemplateContext context; // constant templates need neither a generator nor a sequence
    *out = QString::fromUtf8(t.expand(context));
    return true;
}

bool transportOptionsFor(const Plan &plan, TransportOptions *out, QString *error)
{
    out->tlsVerify = plan.tlsVerify;
    out->keepLocation = plan.http.followRedirects > 0;
    out->http2 = plan.http.httpVersion == QLatin1String("2");
    out->authUser = plan.http.authUser;
    if (!resolveEnvironment(plan.http.proxy, "proxy", &out->proxy, error) ||
        !resolveEnvironment(plan.http.authPassword, "auth.password", &out->authPassword, error))
        return false;
    if (!out->proxy.isEmpty()) {
        if (const QString problem = proxyProblem(out->proxy); !problem.isEmpty()) {
            *error = QStringLiteral("proxy %1").arg(problem);
            return false;
        }
    }
    return true;
}

// Workers get their assignment slightly ahead of the phase start, so all of them begin on time.
constexpr qint64 phaseLeadNs = 20'000'000;

qint64 secondsToNs(double s)
{
    return qint64(std::llround(s * double(nsPerS)));
}
} // namespace

LoadEngine::LoadEngine(Plan plan, RunOptions options, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_options(std::move(options))
{
    qRegisterMetaType<ls::RunProgress>();
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &LoadEngine::beginPhase);
    m_inbox.open([this](WorkerMessage &&message) {
        if (const auto *interval = std::get_if<IntervalReport>(&message))
            onInterval(*interval);
        else if (const auto *done = std::get_if<PhaseDone>(&message))
            onWorkerPhaseDone(done->worker, done->phaseIndex, done->lastActivityNs);
    });
}

LoadEngine::~LoadEngine()
{
    stopWorkers();
}

bool LoadEngine::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_running)
        return fail(QStringLiteral("the run has already started"));

    m_phaseIndices.clear();
    if (m_options.phases.isEmpty()) {
        for (std::size_t i = 0; i < m_plan.phases.size(); ++i)
            m_phaseIndices.push_back(int(i));
    } else {
        QStringList known;
        for (const Phase &p : m_plan.phases)
            known << p.name;
        for (const QString &name : m_options.phases) {
            if (!known.contains(name))
                return fail(QStringLiteral("unknown phase \"%1\" (the plan has: %2)").arg(name, known.join(u", ")));
        }
        for (std::size_t i = 0; i < m_plan.phases.size(); ++i) {
            if (m_options.phases.contains(m_plan.phases[i].name))
                m_phaseIndices.push_back(int(i));
        }
    }
    if (m_phaseIndices.empty())
        return fail(QStringLiteral("the plan has no phases to run"));
    int peakUsers = 0;
    for (int index : m_phaseIndices) {
        const Phase &p = m_plan.phases[std::size_t(index)];
        peakUsers = std::max(peakUsers, p.model == LoadModel::Open ? p.maxUsers : p.users);
    }
    QString limitProblem;
    if (!ensureFileLimit(peakUsers, m_options.serverInProcess, &limitProblem))
        return fail(limitProblem);

    QString why;
    auto requests = RequestFactory::create(m_plan, &why);
    if (!requests)
        return fail(why);
    m_requests = std::make_shared<const RequestFactory>(std::move(*requests));
    TransportOptions transportOptions;
    if (!transportOptionsFor(m_plan, &transportOptions, &why))
        return fail(why);
    m_transportName = resolvedTransportName(m_plan.transport, transportOptions);

    const int workerCount =
        m_options.workerThreads > 0 ? m_options.workerThreads : std::max(1, QThread::idealThreadCount());
    std::vector<double> weights;
    for (const Scenario &s : m_plan.scenarios)
        weights.push_back(s.weight);
    for (int i = 0; i < workerCount; ++i) {
        WorkerSetup setup;
        setup.index = i;
        setup.requests = m_requests;
        setup.weights = weights;
        setup.seed = m_plan.seed * 1000003ULL + quint64(i);
        setup.transport = m_plan.transport;
        setup.transportOptions = transportOptions;
        setup.followRedirects = m_plan.http.followRedirects;
        setup.sequence = &m_sequence;
        setup.onInterval = [this](IntervalReport report) { m_inbox.post(std::move(report)); };
        setup.onPhaseDone = [this](int worker, int phase, qint64 lastNs) {
            m_inbox.post(PhaseDone{worker, phase, lastNs});
        };
        auto host = WorkerHost::start(std::move(setup), &why);
        if (!host) {
            stopWorkers();
            return fail(why);
        }
        m_workers.push_back(std::move(host));
    }

    m_report = RunReport();
    m_report.plan = m_plan;
    m_report.machine = MachineInfo::current();
    m_report.transport = m_transportName;
    m_report.workerThreads = workerCount;
    m_runStartNs = steadyNowNs();
    m_runStartWall = QDateTime::currentDateTimeUtc();
    m_report.startedAt = m_runStartWall;
    m_running = true;
    m_stopRequests = 0;
    m_current = -1;
    beginPhase();
    return true;
}

QDateTime LoadEngine::wallTimeOf(qint64 steadyNs) const
{
    return m_runStartWall.addMSecs((steadyNs - m_runStartNs) / 1'000'000);
}

void LoadEngine::beginPhase()
{
    ++m_current;
    if (m_current >= int(m_phaseIndices.size())) {
        finishRun();
        return;
    }
    const Phase &phase = m_plan.phases[std::size_t(m_phaseIndices[std::size_t(m_current)])];
    const int workerCount = int(m_workers.size());
    const qint64 start = steadyNowNs() + phaseLeadNs;
    m_phaseStartNs = start;
    m_phaseLoadEndNs = start + secondsToNs(phase.rampUpS + phase.durationS);

    PhaseResult result;
    result.phase = phase;
    result.targets = m_plan.effectiveTargets(phase);
    result.startedAt = wallTimeOf(start);
    result.totals = StatsBlock(int(m_plan.scenarios.size()));
    m_report.phases.push_back(std::move(result));

    m_lastInterval.assign(std::size_t(workerCount), -1);
    m_workerDone.assign(std::size_t(workerCount), false);
    m_workerLastNs.assign(std::size_t(workerCount), start);
    m_pending.clear();
    m_beyondCriticalSeconds = 0;
    m_inPhase = true;

    const auto freeUserSlots = std::make_shared<std::atomic<int>>(phase.maxUsers);
    std::vector<PhaseAssignment> assignments(static_cast<std::size_t>(workerCount));
    for (int w = 0; w < workerCount; ++w) {
        PhaseAssignment &a = assignments[std::size_t(w)];
        a.phaseIndex = m_current;
        a.model = phase.model;
        a.startNs = start;
        a.loadEndNs = m_phaseLoadEndNs;
        a.gracefulStopNs = secondsToNs(phase.gracefulStopS);
        a.timeoutMs = qint64(m_plan.timeoutS * 1000.0);
        a.thinkMinMs = phase.thinkTimeMinMs;
        a.thinkMaxMs = phase.thinkTimeMaxMs;
        a.arrivalRate = phase.arrivalRate;
        a.rampUpS = phase.rampUpS;
        a.workerCount = workerCount;
        a.freeUserSlots = freeUserSlots;
    }
    if (phase.model == LoadModel::Closed) {
        // Linear ramp-up: user i starts at ramp * i / users, users dealt to workers in turn.
        for (int i = 0; i < phase.users; ++i) {
            const qint64 offset = phase.users > 0 ? secondsToNs(phase.rampUpS * double(i) / double(phase.users)) : 0;
            assignments[std::size_t(i % workerCount)].userStartNs.push_back(start + offset);
        }
    }
    for (int w = 0; w < workerCount; ++w) {
        m_workers[std::size_t(w)]->post(
            [a = std::move(assignments[std::size_t(w)])](Worker &worker) { worker.startPhase(a); });
    }
    Q_EMIT phaseStarted(m_current);
}

void LoadEngine::onInterval(const IntervalReport &report)
{
    if (!m_inPhase || report.phaseIndex != m_current)
        return;
    PhaseResult &phase = m_report.phases.back();
    phase.totals.add(*report.stats);
    auto [it, inserted] = m_pending.try_emplace(report.interval);
    if (inserted)
        it->second.stats = StatsBlock(int(m_plan.scenarios.size()));
    it->second.stats.add(*report.stats);
    it->second.activeUsers += report.activeUsers;
    it->second.endNs = std::max(it->second.endNs, report.endNs);
    it->second.busiestCpuNs = std::max(it->second.busiestCpuNs, report.cpuNs);
    m_lastInterval[std::size_t(report.worker)] = report.interval;
    completeSeconds(false);
}

void LoadEngine::onWorkerPhaseDone(int worker, int phaseIndex, qint64 lastActivityNs)
{
    if (!m_inPhase || phaseIndex != m_current)
        return;
    m_workerDone[std::size_t(worker)] = true;
    m_workerLastNs[std::size_t(worker)] = lastActivityNs;
    if (std::all_of(m_workerDone.begin(), m_workerDone.end(), [](bool done) { return done; })) {
        completeSeconds(true);
        endPhase();
    }
}

void LoadEngine::completeSeconds(bool phaseOver)
{
    while (!m_pending.empty()) {
        const int k = m_pending.begin()->first;
        bool complete = phaseOver;
        for (std::size_t w = 0; !complete && w < m_workers.size(); ++w) {
            if (!m_workerDone[w] && m_lastInterval[w] < k)
                break;
            complete = w + 1 == m_workers.size();
        }
        if (!complete)
            return;
        PendingSecond second = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());

        const qint64 intervalStart = m_phaseStartNs + qint64(k) * nsPerS;
        TimelinePoint point;
        point.phase = m_current;
        point.startS = double(intervalStart - m_runStartNs) / double(nsPerS);
        point.lengthS = std::clamp(double(second.endNs - intervalStart) / double(nsPerS), 0.001, 1.0);
        const StatsBlock &s = second.stats;
        point.requests = s.requests;
        point.successes = s.successes;
        point.completed = s.completed();
        point.dropped = s.dropped;
        point.rps = double(point.completed) / point.lengthS;
        point.p50Ms = double(s.latency.valueAtPercentile(50)) / 1000.0;
        point.p95Ms = double(s.latency.valueAtPercentile(95)) / 1000.0;
        point.p99Ms = double(s.latency.valueAtPercentile(99)) / 1000.0;
        if (!s.latency.isEmpty())
            point.latencyHistogram = s.latency.toCompressed(); // for the HdrHistogram interval log
        if (!s.sendLag.isEmpty())
            point.sendLagP99Ms = double(s.sendLag.valueAtPercentile(99)) / 1000.0;
        point.activeUsers = second.activeUsers;
        // A sliver of a second (the end of a graceful stop) says nothing about load: no CPU figure for it.
        if (point.lengthS >= 0.5)
            point.generatorCpuPercent =
                std::clamp(100.0 * double(second.busiestCpuNs) / (point.lengthS * double(nsPerS)), 0.0, 100.0);
        for (const auto &[key, tally] : s.errors)
            point.errors[key] = tally.count;
        PhaseResult &phase = m_report.phases.back();
        phase.timeline.push_back(point);

        RunProgress progress;
        progress.phase = m_current;
        progress.phaseCount = int(m_phaseIndices.size());
        progress.phaseName = phase.phase.name;
        progress.phaseElapsedS = double(intervalStart - m_phaseStartNs) / double(nsPerS) + point.lengthS;
        progress.phasePlannedS = phase.phase.rampUpS + phase.phase.durationS;
        progress.runElapsedS = double(steadyNowNs() - m_runStartNs) / double(nsPerS);
        progress.runRemainingS = plannedRemainingS();
        progress.lastSecond = point;
        progress.phaseRequests = phase.totals.requests;
        progress.phaseFailures = phase.totals.failures();
        progress.phaseP95Ms = double(phase.totals.latency.valueAtPercentile(95)) / 1000.0;
        Q_EMIT this->progress(progress);

        checkAbortOnCritical(point, s);
    }
}

void LoadEngine::checkAbortOnCritical(const TimelinePoint &point, const StatsBlock &second)
{
    const AbortOnCritical &rule = m_plan.abortOnCritical;
    if (!rule.enabled || !m_inPhase || m_stopRequests > 0 || point.requests == 0)
        return;
    const std::vector<Target> &targets = m_report.phases.back().targets;
    const auto target =
        std::find_if(targets.begin(), targets.end(), [&](const Target &t) { return t.metric == rule.metric; });
    if (target == targets.end())
        return;
    MetricValues values;
    values.errorRate = point.errorRatePercent();
    values.successRate = 100.0 - values.errorRate;
    values.avgMs = second.latency.mean() / 1000.0;
    values.p50Ms = point.p50Ms;
    values.p95Ms = point.p95Ms;
    values.p99Ms = point.p99Ms;
    values.throughputRps = point.rps;
    const double actual = values.value(rule.metric);
    m_beyondCriticalSeconds = isBeyondCritical(*target, actual) ? m_beyondCriticalSeconds + 1 : 0;
    if (m_beyondCriticalSeconds >= int(std::ceil(rule.windowS))) {
        stop(QStringLiteral("abort_on_critical: %1 beyond its critical level (%2) for %3 s")
                 .arg(QLatin1String(metricInfo(rule.metric).key))
                 .arg(target->critical)
                 .arg(rule.windowS));
    }
}

void LoadEngine::endPhase()
{
    m_inPhase = false;
    PhaseResult &phase = m_report.phases.back();
    const qint64 lastNs = *std::max_element(m_workerLastNs.begin(), m_workerLastNs.end());
    phase.endedAt = wallTimeOf(lastNs);
    phase.elapsedS = double(lastNs - m_phaseStartNs) / double(nsPerS);
    phase.loadS = double(std::max<qint64>(0, m_phaseLoadEndNs - m_phaseStartNs)) / double(nsPerS);
    phase.evaluate();
    Q_EMIT phaseFinished(m_current);

    if (m_stopRequests > 0 || m_current + 1 >= int(m_phaseIndices.size())) {
        finishRun();
        return;
    }
    m_pauseTimer.start(int(m_plan.pauseBetweenPhasesS * 1000.0));
}

void LoadEngine::stop(const QString &reason)
{
    if (!m_running)
        return;
    ++m_stopRequests;
    if (!m_report.aborted) {
        m_report.aborted = true;
        m_report.abortReason = reason;
    }
    if (!m_inPhase) {
        // Between phases: nothing in flight.
        m_pauseTimer.stop();
        finishRun();
        return;
    }
    PhaseResult &phase = m_report.phases.back();
    if (!phase.stoppedEarly) {
        phase.stoppedEarly = true;
        phase.stopReason = reason;
    }
    m_phaseLoadEndNs = std::min(m_phaseLoadEndNs, steadyNowNs());
    const bool immediate = m_stopRequests > 1;
    for (const auto &host : m_workers)
        host->post([immediate](Worker &worker) { worker.stopPhase(immediate); });
}

void LoadEngine::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.endedAt = QDateTime::currentDateTimeUtc();
    m_report.complete = !m_report.aborted && m_report.phases.size() == m_phaseIndices.size();
    m_report.evaluate();
    stopWorkers();
    Q_EMIT finished();
}

void LoadEngine::stopWorkers()
{
    m_workers.clear(); // each host stops its event loop and joins its thread
}

double LoadEngine::plannedRemainingS() const
{
    if (m_current < 0)
        return 0;
    double remaining = 0;
    const Phase &current = m_plan.phases[std::size_t(m_phaseIndices[std::size_t(m_current)])];
    const double elapsed = double(steadyNowNs() - m_phaseStartNs) / double(nsPerS);
    remaining += std::max(0.0, current.rampUpS + current.durationS - elapsed);
    for (std::size_t i = std::size_t(m_current) + 1; i < m_phaseIndices.size(); ++i) {
        const Phase &p = m_plan.phases[std::size_t(m_phaseIndices[i])];
        remaining += m_plan.pauseBetweenPhasesS + p.rampUpS + p.durationS;
    }
    return remaining;
}

RunReport LoadEngine::report() const
{
    RunReport snapshot = m_report;
    if (m_inPhase && !snapshot.phases.empty()) {
        PhaseResult &phase = snapshot.phases.back();
        const qint64 now = steadyNowNs();
        phase.elapsedS = double(std::max<qint64>(0, now - m_phaseStartNs)) / double(nsPerS);
        phase.loadS = double(std::max<qint64>(0, std::min(now, m_phaseLoadEndNs) - m_phaseStartNs)) / double(nsPerS);
        phase.endedAt = QDateTime::currentDateTimeUtc();
        snapshot.endedAt = phase.endedAt;
    }
    snapshot.evaluate();
    return snapshot;
}

} // namespace ls
