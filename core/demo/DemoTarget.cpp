#include "DemoTarget.h"

#include "DemoServer.h"
#include "DemoState.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

constexpr double kMaxLatencyMs = 600000; // ten minutes; anything longer is a typo

QString formatNumber(double v)
{
    return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest);
}

bool parseMs(QStringView text, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

} // namespace

bool LatencySpec::parse(const QString &text, LatencySpec *out, QString *error)
{
    const QString t = text.trimmed();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = u"invalid latency \"%1\": %2"_s.arg(text, why);
        return false;
    };
    const QString forms = u"expected 20, 10-50, normal:50:10, exp:20 or lognormal:20:200"_s;
    if (t.isEmpty())
        return fail(u"empty, "_s + forms);

    LatencySpec spec;
    std::vector<double> values;
    int expected = 1;
    if (t.contains(u':')) {
        const QStringList parts = t.split(u':');
        const QString name = parts.front().trimmed().toLower();
        if (name == u"fixed") {
            spec.kind = Kind::Fixed;
        } else if (name == u"uniform") {
            spec.kind = Kind::Uniform;
            expected = 2;
        } else if (name == u"normal") {
            spec.kind = Kind::Normal;
            expected = 2;
        } else if (name == u"exp") {
            spec.kind = Kind::Exponential;
        } else if (name == u"lognormal") {
            spec.kind = Kind::LogNormal;
            expected = 2;
        } else {
            return fail(u"unknown distribution \"%1\", "_s.arg(name) + forms);
        }
        if (parts.size() != expected + 1)
            return fail(u"%1 takes %2 value(s), "_s.arg(name).arg(expected) + forms);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            double v = 0;
            if (!parseMs(parts[i], &v))
                return fail(u"\"%1\" is not a number, "_s.arg(parts[i]) + forms);
            values.push_back(v);
        }
    } else if (const qsizetype dash = t.indexOf(u'-', 1); dash > 0 && t.front() != u'-') {
        spec.kind = Kind::Uniform;
        double low = 0, high = 0;
        if (!parseMs(QStringView(t).first(dash), &low) || !parseMs(QStringView(t).sliced(dash + 1), &high))
            return fail(forms);
        values = {low, high};
    } else {
        double v = 0;
        if (!parseMs(t, &v))
            return fail(forms);
        values = {v};
    }
    for (const double v : values) {
        if (v < 0)
            return fail(u"must not be negative"_s);
        if (v > kMaxLatencyMs)
            return fail(u"above the limit of 600000 ms"_s);
    }
    spec.a = values[0];
    spec.b = values.size() > 1 ? values[1] : 0;
    if (spec.kind == Kind::Uniform && spec.a > spec.b)
        return fail(u"the lower bound is above the upper bound"_s);
    if (spec.kind == Kind::LogNormal && (spec.a <= 0 || spec.b < spec.a))
        return fail(u"lognormal needs a median above 0 and a p99 not below the median"_s);
    if (out)
        *out = spec;
    return true;
}

QString LatencySpec::toString() const
{
    switch (kind) {
    case Kind::Fixed:
        return formatNumber(a);
    case Kind::Uniform:
        return formatNumber(a) + u'-' + formatNumber(b);
    case Kind::Normal:
        return u"normal:"_s + formatNumber(a) + u':' + formatNumber(b);
    case Kind::Exponential:
        return u"exp:"_s + formatNumber(a);
    case Kind::LogNormal:
        return u"lognormal:"_s + formatNumber(a) + u':' + formatNumber(b);
    }
    return formatNumber(a);
}

QJsonObject DemoTargetConfig::toJson() const
{
    QJsonObject o;
    o.insert(u"address"_s, address.toString());
    o.insert(u"port"_s, int(port));
    o.insert(u"threads"_s, threads);
    o.insert(u"latency"_s, latency.toString());
    o.insert(u"health_latency"_s, healthLatency.toString());
    o.insert(u"db_query_latency"_s, dbQueryLatency.toString());
    o.insert(u"downstream_latency"_s, downstreamLatency.toString());
    o.insert(u"availability_queries"_s, availabilityQueries);
    o.insert(u"error_rate_percent"_s, errorRatePercent);
    o.insert(u"rate_limit_rps"_s, rateLimitRps);
    o.insert(u"queue_capacity"_s, queueCapacity);
    o.insert(u"queue_work_ms"_s, queueWorkMs);
    o.insert(u"queue_workers"_s, queueWorkers);
    o.insert(u"downstream_offline"_s, downstreamOffline);
    o.insert(u"downstream_timeout_ms"_s, downstreamTimeoutMs);
    o.insert(u"breaker_failure_threshold"_s, breakerFailureThreshold);
    o.insert(u"breaker_open_s"_s, breakerOpenS);
    // JSON numbers are doubles: seeds beyond 2^53 travel as strings.
    if (seed <= (quint64(1) << 53))
        o.insert(u"seed"_s, double(seed));
    else
        o.insert(u"seed"_s, QString::number(seed));
    return o;
}

bool DemoTargetConfig::applyJson(const QJsonObject &json, QString *error)
{
    DemoTargetConfig c = *this;
    QString message;
    const auto fail = [&](const QString &key, const QString &why) {
        message = key + u": "_s + why;
        return false;
    };
    const auto number = [&](const QString &key, const QJsonValue &v, double min, double max, double *out) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(key, u"must be a number"_s);
        if (v.toDouble() < min || v.toDouble() > max)
            return fail(key, u"must be between %1 and %2"_s.arg(formatNumber(min), formatNumber(max)));
        *out = v.toDouble();
        return true;
    };
    const auto integer = [&](const QString &key, const QJsonValue &v, int min, int max, int *out) {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d))
            return fail(key, u"must be an integer"_s);
        if (d < min || d > max)
            return fail(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        *out = int(d);
        return true;
    };
    const auto latency = [&](const QString &key, const QJsonValue &v, LatencySpec *out) {
        QString why;
        if (v.isDouble()) {
            if (!LatencySpec::parse(formatNumber(v.toDouble()), out, &why))
                return fail(key, why);
            return true;
        }
        if (!v.isString())
            return fail(key, u"must be a latency string such as \"20\" or \"10-50\""_s);
        if (!LatencySpec::parse(v.toString(), out, &why))
            return fail(key, why);
        return true;
    };
    const auto boolean = [&](const QString &key, const QJsonValue &v, bool *out) {
        if (!v.isBool())
            return fail(key, u"must be true or false"_s);
        *out = v.toBool();
        return true;
    };

    using Setter = std::function<bool(const QString &, const QJsonValue &)>;
    const std::map<QString, Setter> setters = {
        {u"address"_s,
         [&](const QString &k, const QJsonValue &v) {
             const QHostAddress a(v.toString());
             if (!v.isString() || a.isNull())
                 return fail(k, u"must be an IP address"_s);
             if (!a.isLoopback())
                 return fail(k, u"must be a loopback address (127.0.0.0/8 or ::1)"_s);
             c.address = a;
             return true;
         }},
        {u"port"_s,
         [&](const QString &k, const QJsonValue &v) {
             int p = 0;
             if (!integer(k, v, 0, 65535, &p))
                 return false;
             c.port = quint16(p);
             return true;
         }},
        {u"threads"_s, [&](const QString &k, const QJsonValue &v) { return integer(k, v, 1, 64, &c.threads); }},
        {u"latency"_s, [&](const QString &k, const QJsonValue &v) { return latency(k, v, &c.latency); }},
        {u"health_latency"_s, [&](const QString &k, const QJsonValue &v) { return latency(k, v, &c.healthLatency); }},
        {u"db_query_latency"_s,
         [&](const QString &k, const QJsonValue &v) { return latency(k, v, &c.dbQueryLatency); }},
        {u"downstream_latency"_s,
         [&](const QString &k, const QJsonValue &v) { return latency(k, v, &c.downstreamLatency); }},
        {u"availability_queries"_s,
         [&](const QString &k, const QJsonValue &v) { return integer(k, v, 0, 100, &c.availabilityQueries); }},
        {u"error_rate_percent"_s,
         [&](const QString &k, const QJsonValue &v) { return number(k, v, 0, 100, &c.errorRatePercent); }},
        {u"rate_limit_rps"_s,
         [&](const QString &k, const QJsonValue &v) { return number(k, v, 0, 1e7, &c.rateLimitRps); }},
        {u"queue_capacity"_s,
         [&](const QString &k, const QJsonValue &v) { return integer(k, v, 0, 10000000, &c.queueCapacity); }},
        {u"queue_work_ms"_s,
         [&](const QString &k, const QJsonValue &v) { return number(k, v, 0, kMaxLatencyMs, &c.queueWorkMs); }},
        {u"queue_workers"_s,
         [&](const QString &k, const QJsonValue &v) { return integer(k, v, 1, 1000, &c.queueWorkers); }},
        {u"downstream_offline"_s,
         [&](const QString &k, const QJsonValue &v) { return boolean(k, v, &c.downstreamOffline); }},
        {u"downstream_timeout_ms"_s,
         [&](const QString &k, const QJsonValue &v) { return number(k, v, 0, kMaxLatencyMs, &c.downstreamTimeoutMs); }},
        {u"breaker_failure_threshold"_s,
         [&](const QString &k, const QJsonValue &v) { return integer(k, v, 1, 1000000, &c.breakerFailureThreshold); }},
        {u"breaker_open_s"_s,
         [&](const QString &k, const QJsonValue &v) { return number(k, v, 0, 86400, &c.breakerOpenS); }},
        {u"seed"_s,
         [&](const QString &k, const QJsonValue &v) {
             bool ok = false;
             quint64 s = 0;
             if (v.isString()) {
                 s = v.toString().toULongLong(&ok);
             } else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= double(quint64(1) << 53) &&
                        v.toDouble() == std::floor(v.toDouble())) {
                 s = quint64(v.toDouble());
                 ok = true;
             }
             if (!ok)
                 return fail(k, u"must be a non-negative integer"_s);
             c.seed = s;
             return true;
         }},
    };

    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto setter = setters.find(it.key());
        if (setter == setters.end()) {
            message = u"unknown key \"%1\""_s.arg(it.key());
            break;
        }
        if (!setter->second(it.key(), it.value()))
            break;
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    *this = c;
    return true;
}

QJsonObject DemoTargetStats::toJson() const
{
    return QJsonObject{
        {u"requests"_s, double(requests)},
        {u"connections_accepted"_s, double(connectionsAccepted)},
        {u"open_connections"_s, openConnections},
        {u"peak_open_connections"_s, peakOpenConnections},
        {u"in_flight"_s, inFlight},
        {u"peak_in_flight"_s, peakInFlight},
        {u"status_2xx"_s, double(status2xx)},
        {u"status_4xx"_s, double(status4xx)},
        {u"status_5xx"_s, double(status5xx)},
        {u"status_429"_s, double(status429)},
        {u"status_503"_s, double(status503)},
        {u"fallback_responses"_s, double(fallbackResponses)},
        {u"breaker_state"_s, breakerState},
        {u"queue_length"_s, queueLength},
        {u"queue_processed"_s, double(queueProcessed)},
    };
}

struct DemoTarget::Private
{
    std::mutex lifecycle;     // serialises start() and stop()
    mutable std::mutex mutex; // guards shared and address (read from any thread)
    std::shared_ptr<demo::SharedState> shared;
    QHostAddress address;
    std::atomic<quint16> port{0};
    std::atomic<bool> running{false};
    std::vector<std::unique_ptr<demo::WorkerThread>> workers;
    std::unique_ptr<demo::AcceptorThread> acceptor;

    std::shared_ptr<demo::SharedState> state() const
    {
        std::lock_guard lock(mutex);
        return shared;
    }
};

DemoTarget::DemoTarget(DemoTargetConfig config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->shared = std::make_shared<demo::SharedState>(std::move(config));
}

DemoTarget::~DemoTarget()
{
    stop();
}

bool DemoTarget::start(QString *error)
{
    std::lock_guard lifecycle(d->lifecycle);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (d->running)
        return fail(u"the demo target is already running on port %1"_s.arg(d->port.load()));
    const DemoTargetConfig config = d->state()->config.get();
    if (!config.address.isLoopback()) {
        return fail(u"the demo target only listens on loopback addresses (127.0.0.0/8 or ::1), not %1"_s.arg(
            config.address.toString()));
    }

    // Every run starts with fresh counters, breaker and queue: timers of an old run cannot finish its jobs.
    auto shared = std::make_shared<demo::SharedState>(config);
    std::vector<std::unique_ptr<demo::WorkerThread>> workers;
    std::vector<demo::ConnectionHandler *> handlers;
    const int threads = std::clamp(config.threads, 1, 64);
    for (int i = 0; i < threads; ++i) {
        workers.push_back(std::make_unique<demo::WorkerThread>(shared, i));
        handlers.push_back(workers.back()->startAndWait());
    }
    auto acceptor = std::make_unique<demo::AcceptorThread>(shared, config.address, config.port, handlers);
    QString listenError;
    if (!acceptor->startAndWait(&listenError)) {
        acceptor.reset();
        workers.clear();
        return fail(
            u"cannot listen on %1 port %2: %3"_s.arg(config.address.toString()).arg(config.port).arg(listenError));
    }
    shared->boundPort = acceptor->port();
    {
        std::lock_guard lock(d->mutex);
        d->shared = shared;
        d->address = config.address;
    }
    d->port = acceptor->port();
    d->workers = std::move(workers);
    d->acceptor = std::move(acceptor);
    d->running = true;
    return true;
}

void DemoTarget::stop()
{
    std::lock_guard lifecycle(d->lifecycle);
    if (!d->running)
        return;
    // Stop accepting first, so no descriptor is handed to a connection thread that is going away.
    d->acceptor.reset();
    d->workers.clear();
    d->state()->boundPort = 0;
    d->port = 0;
    d->running = false;
}

bool DemoTarget::isRunning() const
{
    return d->running;
}

quint16 DemoTarget::port() const
{
    return d->port;
}

QString DemoTarget::baseUrl() const
{
    QHostAddress address;
    {
        std::lock_guard lock(d->mutex);
        address = d->address;
    }
    if (address.isNull())
        address = QHostAddress::LocalHost;
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u"["_s + address.toString() + u"]"_s : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(port());
}

DemoTargetConfig DemoTarget::config() const
{
    return d->state()->config.get();
}

void DemoTarget::setConfig(const DemoTargetConfig &config)
{
    d->state()->config.set(config);
}

DemoTargetStats DemoTarget::stats() const
{
    return d->state()->snapshot();
}

void DemoTarget::resetStats()
{
    d->state()->stats.reset();
}

} // namespace ls
